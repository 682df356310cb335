import Foundation
import OudergesprekKit
import Testing

/// Untrusted scenario files and a data folder that fails: clear messages, nothing lost, nothing outside.
@Suite("Scenariobestanden en de datamap")
struct FilesEndToEndTests {
  static let escapeFixture = Executable.packageRoot.appendingPathComponent(
    "Tests/OudergesprekKitTests/Fixtures/goed/stuurtekens.json")

  static func folder() throws -> URL {
    let url = Executable.temporaryDirectory()
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func replies(_ path: String) throws -> [String] {
    try UserInputEndToEndTests.replies(in: String(contentsOfFile: path, encoding: .utf8))
  }

  @Test("escape-reeksen in titel, namen, regels en redenen bereiken de terminal nooit rauw")
  func escapesNeverReachTheTerminal() throws {
    let folder = try Self.folder()
    try FileManager.default.copyItem(
      atPath: Self.escapeFixture.path, toPath: folder.appendingPathComponent("stuurtekens.json").path)
    try Data("{ \"id\": \"kapot\u{1B}[2J\" ".utf8).write(to: folder.appendingPathComponent("\u{1B}[2Jkapot.json"))
    let runs = [
      try Executable.run(
        ["oefen", Self.escapeFixture.path, "--seed", "2"],
        input: "Ik hoor dat u boos bent.\nU moet luisteren.\n/kaart\n/tip\n/hulp\nMisschien moet u.\n/stop\n"),
      try Executable.run(["scenarios", "--scenarios", folder.path]),
      try Executable.run(["controleer", folder.path]),
      try Executable.run(["controleer", "--uitgebreid", folder.path]),
      try Executable.run(["oefen", "stuurtekens", "--scenarios", folder.path], input: "/stop\n"),
    ]
    for run in runs {
      #expect(!run.stdout.utf8.contains(0x1B), "\(run.stdout.debugDescription)")
      #expect(!run.stderr.utf8.contains(0x1B), "\(run.stderr.debugDescription)")
      // C1 control characters (such as U+009B, a one-character escape) are neutralised too.
      #expect(!run.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }
    #expect(runs[0].status == 0)
    #expect(runs[0].stdout.contains("Oefengesprek: Wis\u{FFFD}[2J"))
    #expect(runs[1].stdout.contains("stuurtekens"))
    #expect(runs[2].stdout.contains("[2Jkapot.json:1: fout: JSON-fout"))
  }

  @Test(
    "een scenario met een vijandig id, opgegeven als pad, wordt niet gespeeld en schrijft niets",
    arguments: ["../../../buiten", "/tmp/buiten", "a\\nb", "..", "sessies/../../buiten"])
  func hostileIDByPath(id: String) throws {
    let folder = try Self.folder()
    let home = folder.appendingPathComponent("data")
    let minimal = Executable.packageRoot.appendingPathComponent(
      "Tests/OudergesprekKitTests/Fixtures/goed/minimaal.json")
    let text = try String(contentsOf: minimal, encoding: .utf8)
      .replacingOccurrences(of: "\"id\": \"minimaal\"", with: "\"id\": \"\(id)\"")
    let file = folder.appendingPathComponent("vijandig.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let result = try Executable.run(["oefen", file.path, "--seed", "1"], input: "Hallo.\n/stop\n", home: home)
    #expect(result.status == 65)
    #expect(result.stderr.contains("vijandig.json:2: fout: id"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: home.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["vijandig.json"])
  }

  @Test("een te groot scenariobestand: afsluitcode 65 en een melding met de grootte")
  func hugeScenario() throws {
    let folder = try Self.folder()
    let file = folder.appendingPathComponent("groot.json")
    try Data(repeating: UInt8(ascii: " "), count: 3 << 20).write(to: file)
    let result = try Executable.run(["oefen", file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("groot.json: fout: het bestand is te groot (3072 KB, maximaal 1024 KB)"))
  }

  @Test("controleer: een map met een linklus en twee bestanden met hetzelfde id geeft meldingen, geen hang")
  func hostileFolder() throws {
    let folder = try Self.folder()
    let minimal = Executable.packageRoot.appendingPathComponent(
      "Tests/OudergesprekKitTests/Fixtures/goed/minimaal.json")
    try FileManager.default.copyItem(at: minimal, to: folder.appendingPathComponent("a.json"))
    try FileManager.default.copyItem(at: minimal, to: folder.appendingPathComponent("b.json"))
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/lus.json", withDestinationPath: "lus.json")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/diep", withDestinationPath: ".")
    let result = try Executable.run(["controleer", folder.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("b.json:2: fout: id \"minimaal\" wordt ook al gebruikt door \(folder.path)/a.json"))
    #expect(result.stdout.contains("lus.json: fout: symbolische link die in een kring naar zichzelf terugwijst"))
    #expect(result.stdout.contains("3 bestanden gecontroleerd: 2 fouten"))
  }

  @Test("een datamap die niet kan (onder een gewoon bestand): melding, en het gesprek staat in de tijdelijke map")
  func unwritableDataFolder() throws {
    let folder = try Self.folder()
    let file = folder.appendingPathComponent("gewoon-bestand")
    try Data("x".utf8).write(to: file)
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let result = try Executable.run(
      ["oefen", "--seed", "4"], input: "Ik hoor dat u boos bent.\nWat is er gebeurd?\n/stop\n",
      home: file.appendingPathComponent("data"), environment: ["TMPDIR": temporary.path])
    #expect(result.status == 74)
    #expect(result.stderr.contains("kan het gesprek niet opslaan in \(file.path)/data/sessies"))
    #expect(result.stderr.contains("(een deel van het pad is een bestand, geen map)"))
    // The fallback folder is this user's own folder in the temporary folder, where `voortgang` looks too.
    let fallback = TranscriptStore.fallbackDirectory(temporary: temporary.path)
    let saved = try #require(
      try FileManager.default.contentsOfDirectory(atPath: fallback).first { $0.hasSuffix(".json") })
    let path = (fallback as NSString).appendingPathComponent(saved)
    #expect(result.stderr.contains("Het gesprek wordt in plaats daarvan bewaard in \(path)"))
    #expect(result.stderr.contains("Het gesprek is bewaard in: \(path)"))
    #expect(try Self.replies(path) == ["Ik hoor dat u boos bent.", "Wat is er gebeurd?"])
  }

  @Test(
    "een volle schijf (nagebootst met een limiet op de bestandsgrootte): melding, oud transcript heel, antwoorden op het scherm"
  )
  func fullDisk() throws {
    let home = try Self.folder()
    let temporary = home.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    let long = "Wat is er gebeurd? " + String(repeating: "x", count: 6000)
    // ulimit -f counts blocks of 1024 bytes in bash: the opening fits, the long reply does not.
    let script = "ulimit -f 5; printf 'Ik hoor dat u boos bent.\\n\(long)\\n/stop\\n' | \"$0\" oefen --seed 4"
    let result = try Executable.runShell(script, home: home, environment: ["TMPDIR": temporary.path])
    #expect(result.status == 74)
    #expect(result.stderr.contains("(het bestand wordt groter dan toegestaan)"), "\(result.stderr)")
    #expect(result.stderr.contains("Dit typte je:\n  Ik hoor dat u boos bent.\n  \(long)\n"))
    #expect(UserInputEndToEndTests.noCrashTrace(result.stderr))
    let folder = home.appendingPathComponent("sessies").path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names.count == 1, "geen halve of tijdelijke bestanden: \(names)")
    #expect(try Self.replies(folder + "/" + names[0]) == ["Ik hoor dat u boos bent."])
  }

  @Test("uitvoer naar een volle schijf (/dev/full): een melding en afsluitcode 74, geen stil succes")
  func outputToFullDisk() throws {
    try #require(FileManager.default.fileExists(atPath: "/dev/full"))
    let result = try Executable.runShell("\"$0\" scenarios > /dev/full", home: try Self.folder())
    #expect(result.status == 74)
    #expect(result.stderr == "oudergesprek: kan de uitvoer niet schrijven (de schijf is vol).\n")
  }

  @Test("twee sessies tegelijk: twee aparte, geldige transcripten met elk hun eigen antwoorden")
  func twoSessionsAtOnce() throws {
    let home = try Self.folder()
    let first = try RunningProgram(["oefen", "--seed", "9"], home: home)
    let second = try RunningProgram(["oefen", "--seed", "9"], home: home)
    first.type("Eerste sessie.\n")
    second.type("Tweede sessie.\n")
    #expect(first.waitForOutput("» "))
    #expect(second.waitForOutput("» "))
    first.closeInput()
    second.closeInput()
    #expect(first.finish().status == 2)
    #expect(second.finish().status == 2)
    let transcripts = first.transcripts()
    #expect(transcripts.count == 2)
    let replies = try transcripts.map { try UserInputEndToEndTests.replies(in: $0) }
    #expect(Set(replies) == [["Eerste sessie."], ["Tweede sessie."]])
  }
}
