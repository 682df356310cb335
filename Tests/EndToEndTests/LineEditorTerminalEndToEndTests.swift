import Foundation
import OudergesprekKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The line editor on a pseudo-terminal: history, completion, paste, resizing, and the terminal settings
/// given back however the program ends.
@Suite("Regels bewerken in de terminal: geschiedenis, aanvullen, plakken, venster en herstel")
struct LineEditorTerminalEndToEndTests {
  static let arguments = ["oefen", "--seed", "3", "--zonder-voorbereiding", "--zonder-zelfbeoordeling"]
  static let up = "\u{1B}[A"

  @Test("pijl omhoog haalt antwoorden uit deze en eerdere sessies terug; het bestand is alleen voor de eigenaar")
  func historyAcrossSessions() throws {
    let home = Executable.temporaryDirectory()
    let first = try EditorTerminal(Self.arguments, home: home)
    #expect(first.waitFor("jij> "))
    first.type("Ik hoor dat u bezorgd bent.\r")
    #expect(first.waitForReplies(1))
    first.type("Wat is er gebeurd?\r")
    #expect(first.waitForReplies(2))
    // Up twice in this session: the first reply, edited and sent again.
    first.type(Self.up + Self.up + "\u{7F}!\r")
    #expect(first.waitForReplies(3))
    first.type("\u{4}")
    #expect(first.finish() == 2)
    #expect(
      try first.replies() == ["Ik hoor dat u bezorgd bent.", "Wat is er gebeurd?", "Ik hoor dat u bezorgd bent!"])

    let file = home.appendingPathComponent("geschiedenis").path
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    // A new session in the same data folder: Up gives the newest reply of the session before.
    // Its transcript is the file that was not there before (two sessions in one second are named
    // "stem.json" and "stem-2.json", which sort the other way round).
    let before = Set(try SessionFolder(home: home).files("json"))
    let second = try EditorTerminal(Self.arguments, home: home)
    #expect(second.waitFor("jij> "))
    second.type(Self.up + Self.up + "\r")
    var newest: URL?
    #expect(
      waitUntil {
        newest = (try? SessionFolder(home: home).files("json"))?.first { !before.contains($0) }
        return newest.map { ((try? Self.replies(in: $0)) ?? []).count >= 1 } ?? false
      })
    second.type("\u{4}")
    #expect(second.finish() == 2)
    #expect(try Self.replies(in: try #require(newest)) == ["Wat is er gebeurd?"])
  }

  @Test("Ctrl-C midden in een regel: de onverstuurde regel staat achteraan in de geschiedenis")
  func unsentLineKeptOnControlC() throws {
    let home = Executable.temporaryDirectory()
    let first = try EditorTerminal(Self.arguments, home: home)
    #expect(first.waitFor("jij> "))
    first.type("Ik hoor dat u bezorgd bent.\r")
    #expect(first.waitForReplies(1))
    let mark = first.outputCount
    first.type("Wat heeft Sanne thuis verteld over")
    #expect(first.waitFor("verteld over", after: mark))
    first.type("\u{3}")
    #expect(first.finish() == 130)
    #expect(first.waitFor("geschiedenis", after: mark))
    // Only the sent reply is in the transcript; the unsent line waits in the history.
    #expect(try first.replies() == ["Ik hoor dat u bezorgd bent."])

    // The history file (what Up reads in the next session, see historyAcrossSessions) ends with it.
    let history = try String(contentsOf: home.appendingPathComponent("geschiedenis"), encoding: .utf8)
    #expect(
      EditHistory(fileText: history).entries.suffix(2) == [
        "Ik hoor dat u bezorgd bent.", "Wat heeft Sanne thuis verteld over",
      ])
  }

  @Test("een met /opnieuw teruggenomen antwoord staat in de geschiedenis en kan verbeterd opnieuw")
  func takenBackReplyInHistory() throws {
    let terminal = try EditorTerminal(Self.arguments)
    #expect(terminal.waitFor("jij> "))
    terminal.type("Waarom let u niet beter op?\r")
    #expect(terminal.waitForReplies(1))
    // Tab completes the command; then Up skips the command and gives the reply back to edit.
    let mark = terminal.outputCount
    terminal.type("/opn\t")
    #expect(terminal.waitFor("/opnieuw", after: mark))
    terminal.type("\r")
    #expect(waitUntil { (try? terminal.withdrawn()) == [true] })
    terminal.type(Self.up + "\u{1}\u{1B}[3~\u{1B}[3~\u{1B}[3~\u{1B}[3~\u{1B}[3~\u{1B}[3~Hoe kan ik helpen\r")
    #expect(terminal.waitForReplies(2))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == ["Waarom let u niet beter op?", "Hoe kan ik helpen let u niet beter op?"])
  }

  @Test("Tab vult commando's aan; in de afsluiting alleen de commando's die daar werken")
  func tabCompletion() throws {
    let terminal = try EditorTerminal(Self.arguments)
    #expect(terminal.waitFor("jij> "))
    terminal.type("/st\t\r")
    #expect(terminal.waitFor("afsluiting> "))
    var mark = terminal.outputCount
    // No /opnieuw in the closing: Tab leaves "/opn" as it is (and rings the bell).
    terminal.type("/opn\t")
    #expect(terminal.waitFor("\u{7}", after: mark))
    #expect(terminal.screen().lines.last { !$0.isEmpty } == "afsluiting> /opn")
    terminal.type("\u{15}Dank u wel voor het gesprek.\r")
    #expect(terminal.waitForReplies(1))
    mark = terminal.outputCount
    terminal.type("/kl\t")
    #expect(terminal.waitFor("/klaar", after: mark))
    terminal.type("\r")
    // The parent answers the closing; end of input after the closing words is a normal end.
    // (Wait for the new, empty prompt: an Enter with a key right behind it would count as a pasted newline.)
    #expect(waitUntil { terminal.screen().lines.last { !$0.isEmpty } == "afsluiting>" || !terminal.process.isRunning })
    terminal.type("\u{4}")
    #expect(terminal.finish() == 0)
    #expect(try terminal.replies() == ["Dank u wel voor het gesprek."])
  }

  @Test("geplakte tekst van meer regels is één antwoord (bracketed paste), zonder dat timing ertoe doet")
  func bracketedPaste() throws {
    let terminal = try EditorTerminal(Self.arguments)
    #expect(terminal.waitFor("jij> "))
    terminal.paste("Ik hoor dat u boos bent.\nDat begrijp ik.\n")
    // A pause longer than any timing rule: the paste must still be one reply, sent with Enter.
    Thread.sleep(forTimeInterval: 0.3)
    terminal.type("\r")
    #expect(terminal.waitForReplies(1))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == ["Ik hoor dat u boos bent.\nDat begrijp ik."])
  }

  @Test("'/opnieuw' met een nieuw antwoord geplakt: het commando werkt en het antwoord staat klaar, niets verloren")
  func pastedCommandAndReply() throws {
    let terminal = try EditorTerminal(Self.arguments)
    #expect(terminal.waitFor("jij> "))
    terminal.type("Waarom let u niet beter op?\r")
    #expect(terminal.waitForReplies(1))
    terminal.paste("/opnieuw\nKunt u vertellen wat er thuis speelt?")
    terminal.type("\r")
    #expect(waitUntil { (try? terminal.withdrawn()) == [true] })
    // The pasted reply is the next line, ready to be sent.
    #expect(waitUntil { terminal.screen().lines.last { !$0.isEmpty } == "jij> Kunt u vertellen wat er thuis speelt?" })
    terminal.type("\r")
    #expect(terminal.waitForReplies(2))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == ["Waarom let u niet beter op?", "Kunt u vertellen wat er thuis speelt?"])
    #expect(!terminal.output.contains("Onbekend commando"))
  }

  @Test("het venster smaller maken tijdens het typen: de regel wordt voor de nieuwe breedte opnieuw getekend")
  func resize() throws {
    let text = "Ik hoor dat u zich zorgen maakt over de cijfers en dat begrijp ik."
    let terminal = try EditorTerminal(Self.arguments, columns: 80)
    #expect(terminal.waitFor("jij> "))
    terminal.type(text)
    #expect(terminal.waitFor("begrijp ik."))
    let mark = terminal.outputCount
    terminal.setSize(columns: 25)
    #expect(terminal.waitFor("begrijp ik.", after: mark), "geen nieuwe tekening na SIGWINCH")
    terminal.type(" Echt.")
    let expected = text + " Echt."
    let rows = LineEditorKeysEndToEndTests.rows(of: "jij> " + expected, columns: 25)
    #expect(waitUntil { terminal.screen(after: mark).lines(fromLastContaining: "jij> ") == rows })
    terminal.type("\r")
    #expect(terminal.waitForReplies(1))
    terminal.type("\u{4}")
    #expect(terminal.finish() == 2)
    #expect(try terminal.replies() == [expected])
  }

  static func replies(in file: URL) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    let turns = object?["turns"] as? [[String: Any]] ?? []
    return turns.filter { $0["speaker"] as? String == "docent" }.compactMap { $0["text"] as? String }
  }
}

extension EditorTerminal {
  /// For each reply in the transcript, whether it was taken back with /opnieuw.
  func withdrawn() throws -> [Bool] {
    let json = try SessionFolder(home: home).onlyTranscriptJSON()
    let turns = json["turns"] as? [[String: Any]] ?? []
    return turns.filter { $0["speaker"] as? String == "docent" }.map { $0["withdrawn"] as? Bool ?? false }
  }
}
