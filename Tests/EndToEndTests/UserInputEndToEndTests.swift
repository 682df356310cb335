import Foundation
import OudergesprekKit
import Testing

/// Whatever the teacher types, pastes or presses, the session ends or goes on cleanly and keeps every reply.
@Suite("Wat de gebruiker typt, plakt of indrukt")
struct UserInputEndToEndTests {
  static func sessionFiles(_ home: URL) throws -> [String] {
    let folder = home.appendingPathComponent("sessies").path
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.sorted()
      .map { try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8) }
  }

  static func replies(in transcript: String) throws -> [String] {
    let object = try JSONSerialization.jsonObject(with: Data(transcript.utf8)) as? [String: Any]
    let turns = object?["turns"] as? [[String: Any]] ?? []
    return turns.filter { $0["speaker"] as? String == "docent" }.compactMap { $0["text"] as? String }
  }

  static func noCrashTrace(_ text: String) -> Bool {
    !text.contains("Fatal error") && !text.contains("Backtrace") && !text.contains("Crash")
      && !text.contains("Segmentation")
  }

  @Test("lege antwoorden en alleen spaties tellen niet als beurt; het gesprek gaat gewoon door")
  func emptyReplies() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "--seed", "3"], input: "\n   \n\t \nIk hoor dat u zich zorgen maakt.\n/stop\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.components(separatedBy: "Je antwoord is leeg").count == 4)
    #expect(try Self.replies(in: Self.sessionFiles(home)[0]) == ["Ik hoor dat u zich zorgen maakt."])
  }

  @Test("een antwoord van een megabyte: alleen het begin wordt beoordeeld, het transcript bewaart alles")
  func megabyteReply() throws {
    let home = Executable.temporaryDirectory()
    let reply = "Ik hoor dat u boos bent. " + String(repeating: "En verder nog dit. ", count: 55_000)
    let trimmed = reply.trimmingCharacters(in: .whitespaces)
    let result = try Executable.run(["oefen", "--seed", "3"], input: reply + "\n/stop\n", home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Je antwoord is erg lang (\(trimmed.count) tekens)"))
    #expect(try Self.replies(in: Self.sessionFiles(home)[0]) == [trimmed])
  }

  @Test("ongeldige UTF-8 op de invoer wordt gerepareerd, niet weggegooid")
  func invalidUTF8() throws {
    let home = Executable.temporaryDirectory()
    var input = Data("Ik hoor dat u ".utf8)
    input.append(contentsOf: [0xFF, 0xC3, 0x28])
    input.append(Data(" boos bent.\n/stop\n".utf8))
    let result = try Executable.run(["oefen", "--seed", "3"], bytes: input, home: home)
    #expect(result.status == 0)
    #expect(try Self.replies(in: Self.sessionFiles(home)[0]) == ["Ik hoor dat u \u{FFFD}\u{FFFD}( boos bent."])
  }

  @Test("escape-reeksen in een gepijpt antwoord komen niet rauw terug op het scherm, wel in het transcript")
  func escapeInReply() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(["oefen", "--seed", "3"], input: "Hallo\u{1B}[2J daar.\n/stop\n", home: home)
    #expect(!result.stdout.utf8.contains(0x1B))
    #expect(try Self.replies(in: Self.sessionFiles(home)[0]) == ["Hallo\u{1B}[2J daar."])
  }

  @Test("meerdere regels uit een pijp (ook met Windows-regeleinden) zijn elk een antwoord")
  func multiLinePipe() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "--seed", "3"], input: "Regel een.\r\nRegel twee.\r\nRegel drie.\r\n/stop\r\n", home: home)
    #expect(result.status == 0)
    #expect(try Self.replies(in: Self.sessionFiles(home)[0]) == ["Regel een.", "Regel twee.", "Regel drie."])
  }

  @Test("geplakte tekst op een terminal is één antwoord, met de regels erin; de terminal blijft zoals hij was")
  func pasteOnTerminal() throws {
    let program = try RunningProgram(
      ["oefen", "--seed", "3", "--zonder-voorbereiding", "--zonder-zelfbeoordeling"], terminal: true)
    let modes = program.terminalModes
    #expect(program.waitForOutput("jij> "))
    program.type("Beste mevrouw,\nIk hoor dat u zich zorgen maakt.\nGroet, de mentor\n")
    #expect(program.waitForOutput("» "))
    program.type("\u{04}")
    let result = program.finish()
    #expect(result.status == 2)
    #expect(result.stdout.components(separatedBy: "» ").count == 2, "één antwoord, één keer feedback")
    #expect(program.terminalModes == modes)
    let transcript = try #require(program.transcripts().first)
    #expect(try Self.replies(in: transcript) == ["Beste mevrouw,\nIk hoor dat u zich zorgen maakt.\nGroet, de mentor"])
  }

  @Test("einde van de invoer bij de keuze van het scenario (Ctrl-D): nette afsluiting met 0, geen sessie")
  func endOfInputAtChoice() throws {
    let program = try RunningProgram([], terminal: true)
    #expect(program.waitForOutput("Kies een nummer of id"))
    program.type("\u{04}")
    let result = program.finish()
    #expect(result.status == 0)
    #expect(result.stdout.hasSuffix("\n"))
    #expect(Self.noCrashTrace(result.stderr))
    #expect(program.transcripts().isEmpty)
  }

  @Test("Ctrl-C bij de keuze van het scenario: afsluitcode 130, netjes op een nieuwe regel")
  func interruptAtChoice() throws {
    let program = try RunningProgram([], terminal: true)
    #expect(program.waitForOutput("Kies een nummer of id"))
    program.process.interrupt()
    let result = program.finish()
    #expect(result.status == 130)
    #expect(program.process.terminationReason == .exit)
    #expect(result.stdout.hasSuffix("\n"))
    #expect(Self.noCrashTrace(result.stderr))
  }

  @Test("einde van de invoer bij de allereerste vraag: afsluitcode 2 en een geldig transcript")
  func endOfInputAtFirstPrompt() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(["oefen", "--seed", "3"], input: "", home: home)
    #expect(result.status == 2)
    let transcript = try #require(try Self.sessionFiles(home).first)
    #expect(try Self.replies(in: transcript).isEmpty)
    #expect(transcript.contains("\"outcome\" : \"gestopt\""))
  }

  @Test("Ctrl-C bij de allereerste vraag: afsluitcode 130 en een geldig transcript")
  func interruptAtFirstPrompt() throws {
    let program = try RunningProgram(["oefen", "--seed", "3"])
    #expect(program.waitForOutput("jij> "))
    program.process.interrupt()
    let result = program.finish()
    #expect(result.status == 130)
    #expect(result.stdout.contains("Onderbroken (Ctrl-C)"))
    let transcript = try #require(program.transcripts().first)
    #expect(try Self.replies(in: transcript).isEmpty)
    #expect(transcript.contains("\"outcome\" : \"gestopt\""))
  }

  @Test("einde van de invoer midden in de voorbereiding: het gesprek begint en eindigt netjes, het antwoord is bewaard")
  func endOfInputInPreparation() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "--seed", "3", "--voorbereiding"], input: "Rust in het gesprek.\n", home: home)
    #expect(result.status == 2)
    #expect(result.stdout.contains("Einde van de invoer"))
    #expect(try Self.sessionFiles(home)[0].contains("Rust in het gesprek."))
  }

  @Test("Ctrl-C midden in de voorbereiding: afsluitcode 130 en de antwoorden tot dan staan in het transcript")
  func interruptInPreparation() throws {
    let program = try RunningProgram(["oefen", "--seed", "3", "--voorbereiding"])
    #expect(program.waitForOutput("1/"))
    program.type("Rust in het gesprek.\n")
    #expect(program.waitForOutput("2/"))
    program.process.interrupt()
    let result = program.finish()
    #expect(result.status == 130)
    #expect(Self.noCrashTrace(result.stderr))
    let transcript = try #require(program.transcripts().first)
    #expect(transcript.contains("Rust in het gesprek."))
    #expect(transcript.contains("\"outcome\" : \"gestopt\""))
  }

  @Test("Ctrl-C midden in de zelfbeoordeling: afsluitcode 130, gegeven cijfers en alle antwoorden bewaard")
  func interruptInSelfAssessment() throws {
    let program = try RunningProgram(["oefen", "bezorgde-moeder-cijfers", "--seed", "1", "--zelfbeoordeling"])
    // The replies calm the parent; the empty line ends the closing words; then the self-assessment asks.
    program.type(PracticeEndToEndTests.calmingReplies + "\n")
    #expect(program.waitForOutput("(1-5) > "))
    program.type("4\n")
    #expect(program.waitForOutput("(1-5) > ", times: 2))
    program.process.interrupt()
    let result = program.finish()
    #expect(result.status == 130)
    #expect(Self.noCrashTrace(result.stderr))
    let transcript = try #require(program.transcripts().first)
    #expect(try Self.replies(in: transcript).first == "Ik hoor dat u zich zorgen maakt.")
    #expect(transcript.contains("\"score\" : 4"))
  }

  @Test("einde van de invoer midden in de zelfbeoordeling: het verslag volgt, de cijfers tot dan zijn bewaard")
  func endOfInputInSelfAssessment() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1", "--zelfbeoordeling"],
      input: PracticeEndToEndTests.calmingReplies + "\n3\n", home: home)
    #expect(result.status == 0)
    #expect(try Self.sessionFiles(home)[0].contains("\"score\" : 3"))
  }

  @Test("samen: Ctrl-C bij de prompt van de collega-ouder: afsluitcode 130, de beurt van de docent is bewaard")
  func interruptTogether() throws {
    let program = try RunningProgram(["samen", "bezorgde-moeder-cijfers", "--seed", "1"])
    #expect(program.waitForOutput("ouder (collega)> "))
    program.type("\n")
    #expect(program.waitForOutput("docent> "))
    program.type("Ik hoor dat u zich zorgen maakt.\n")
    #expect(program.waitForOutput("ouder (collega)> ", times: 2))
    program.process.interrupt()
    let result = program.finish()
    #expect(result.status == 130)
    #expect(Self.noCrashTrace(result.stderr))
    let transcript = try #require(program.transcripts().first)
    #expect(try Self.replies(in: transcript) == ["Ik hoor dat u zich zorgen maakt."])
  }

  @Test(
    "de lezer van de uitvoer stopt halverwege (| head): geen crash, afgebroken (74), het transcript met een afloop en het pad op stderr"
  )
  func readerGoesAway() throws {
    let program = try RunningProgram(["oefen", "--seed", "3"])
    program.type("Ik hoor dat u zich zorgen maakt.\n")
    #expect(program.waitForOutput("jij> ", times: 2))
    program.stopReadingOutput()
    program.type("Wat is er gebeurd?\n")
    let result = program.finish()
    #expect(result.status == 74)
    #expect(Self.noCrashTrace(result.stderr), "\(result.stderr)")
    let transcript = try #require(program.transcripts().first)
    #expect(result.stderr.contains("Het gesprek is bewaard in: "), "\(result.stderr)")
    #expect(try Self.replies(in: transcript) == ["Ik hoor dat u zich zorgen maakt.", "Wat is er gebeurd?"])
    #expect(try Transcript.decode(Data(transcript.utf8)).outcome != nil)
  }

  @Test("echt | head -1 in een shell: de eerste regel, afgebroken (74), het pad op stderr, transcript met afloop")
  func pipeIntoHead() throws {
    let home = Executable.temporaryDirectory()
    let script =
      "printf 'Ik hoor u.\\nWat is er?\\n' | \"$0\" oefen --seed 3 | head -1; echo \"status=${PIPESTATUS[1]}\" >&2"
    let result = try Executable.runShell(script, home: home)
    #expect(result.stdout.hasPrefix("Oefengesprek: "))
    #expect(result.stdout.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("status=74"), "\(result.stderr)")
    #expect(Self.noCrashTrace(result.stderr))
    let transcript = try #require(try Self.sessionFiles(home).first)
    #expect(result.stderr.contains("Het gesprek is bewaard in: "), "\(result.stderr)")
    #expect(try Self.replies(in: transcript).allSatisfy { ["Ik hoor u.", "Wat is er?"].contains($0) })
    #expect(try Transcript.decode(Data(transcript.utf8)).outcome != nil)
  }
}
