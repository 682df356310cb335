import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// However the program ends, the terminal has its settings back (`stty -g` before and after), and the
/// session is saved; a terminal that cannot edit lines gets plain line reading.
@Suite("Regels bewerken in de terminal: de terminal wordt altijd hersteld")
struct LineEditorRestoreEndToEndTests {
  static let arguments = ["oefen", "--seed", "3", "--zonder-voorbereiding", "--zonder-zelfbeoordeling"]

  enum Ending: String, CaseIterable, CustomStringConvertible {
    case endOfInput, controlC, sigterm, crash, saveError
    var description: String { rawValue }
  }

  @Test("stty -g is na afloop gelijk aan ervoor", arguments: Ending.allCases)
  func restored(ending: Ending) throws {
    var home = Executable.temporaryDirectory()
    var environment: [String: String] = [:]
    if ending == .saveError {
      // The data folder is a file: nothing can be saved there, the session goes on in the temporary folder
      // and the program ends with 74.
      home = home.appendingPathComponent("geen-map")
      FileManager.default.createFile(atPath: home.path, contents: Data("x".utf8))
    }
    if ending == .crash { environment["SWIFT_BACKTRACE"] = "enable=no" }
    let terminal = try EditorTerminal(Self.arguments, home: home, environment: environment)
    let before = terminal.sttySettings()
    #expect(!before.isEmpty)
    #expect(terminal.waitFor("jij> "))
    terminal.type("Ik hoor dat u bezorgd bent.\r")
    if ending != .saveError {
      #expect(terminal.waitForReplies(1))
    } else {
      #expect(terminal.waitFor("jij> ", times: 2))
    }
    // Half a reply typed: the terminal is in raw mode now.
    terminal.type("en dan")
    #expect(terminal.waitFor("en dan"))
    #expect(terminal.sttySettings() != before, "de regel wordt niet bewerkt in raw mode")
    let status: Int32
    switch ending {
    case .endOfInput:
      terminal.type("\u{15}\u{4}")
      status = terminal.finish()
      #expect(status == 2)
    case .controlC:
      terminal.type("\u{3}")
      status = terminal.finish()
      #expect(status == 130)
    case .sigterm:
      terminal.send(SIGTERM)
      status = terminal.finish()
      #expect(status == 143)
    case .crash:
      terminal.send(SIGSEGV)
      status = terminal.finish()
      #expect(status == 128 + SIGSEGV || status == SIGSEGV)
    case .saveError:
      terminal.type("\u{15}/stop\r")
      #expect(waitUntil { terminal.screen().lines.last { !$0.isEmpty } == "afsluiting>" })
      terminal.type("\u{4}")
      status = terminal.finish()
      #expect(status == 74)
    }
    #expect(terminal.sttySettings() == before, "\(ending): \(terminal.output.suffix(600))")
    if ending == .controlC || ending == .sigterm {
      // Ended like Ctrl-C: the transcript has its outcome and the report is written next to it.
      let json = try SessionFolder(home: home).onlyTranscriptJSON()
      #expect(json["outcome"] != nil)
      #expect(try SessionFolder(home: home).files("md").count == 1)
    }
  }

  @Test("een gesloten terminalvenster (SIGHUP) beëindigt het gesprek zoals Ctrl-C: uitkomst en verslag bewaard")
  func hangUp() throws {
    let terminal = try EditorTerminal(Self.arguments)
    #expect(terminal.waitFor("jij> "))
    terminal.type("Ik hoor dat u bezorgd bent.\r")
    #expect(terminal.waitForReplies(1))
    terminal.hangUp()
    #expect(terminal.finish() == 129)
    let json = try SessionFolder(home: terminal.home).onlyTranscriptJSON()
    #expect(json["outcome"] != nil)
    #expect(try terminal.replies() == ["Ik hoor dat u bezorgd bent."])
    #expect(try SessionFolder(home: terminal.home).files("md").count == 1)
  }

  @Test(
    "TERM=dumb of een terminal die niet antwoordt: gewoon regels lezen, zoals voorheen",
    arguments: [("dumb", 80, true), ("xterm", 0, false)])
  func plainReading(term: String, columns: Int, answers: Bool) throws {
    let terminal = try EditorTerminal(Self.arguments, columns: columns, term: term, answersCursorQuestions: answers)
    let before = terminal.sttySettings()
    #expect(terminal.waitFor("jij> "))
    terminal.type("abc\u{1B}[Dx\r")
    #expect(terminal.waitForReplies(1))
    #expect(terminal.sttySettings() == before)
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    // No editing: the arrow key's bytes stay in the line, as they always did on such a terminal.
    #expect(try terminal.replies() == ["abc\u{1B}[Dx"])
  }

  @Test("een terminal zonder afmeting die wel antwoordt, krijgt de regelbewerker met de breedte uit zijn antwoord")
  func answeringTerminalWithoutSize() throws {
    let terminal = try EditorTerminal(Self.arguments, columns: 0, answersCursorQuestions: true)
    #expect(terminal.waitFor("jij> "))
    terminal.type("abc\u{1B}[Dx\r")
    #expect(terminal.waitForReplies(1))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == ["abxc"])
  }
}
