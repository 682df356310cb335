import Foundation
import Testing

/// Crafted transcripts, targets that must not be written, and the exit codes and messages around them.
@Suite("Robuust: gemaakte gesprekken, niets overschreven, vaste codes")
struct RobustnessEndToEndTests {
  static let fixtures = Executable.packageRoot.appendingPathComponent("Tests/OudergesprekKitTests/Fixtures/gesprekken")

  /// A copy of a crafted transcript in a fresh folder (the report goes next to it).
  func copy(_ name: String) throws -> URL {
    let folder = Executable.temporaryDirectory()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let target = folder.appendingPathComponent(name)
    try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: target)
    return target
  }

  static func noControls(_ text: String) -> Bool {
    !text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        || (0x202A...0x202E).contains($0.value)
    }
  }

  @Test(
    "verslag bij een score van Int.min of buiten de schaal: afsluitcode 65 en een Nederlandse melding, geen crash",
    arguments: ["zelfbeoordeling-min-int.json", "collega-min-int.json", "zelfbeoordeling-buiten-schaal.json"])
  func scoresOutOfRange(name: String) throws {
    let transcript = try copy(name)
    let result = try Executable.run(["verslag", transcript.path])
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("is geen gesprek van oudergesprek"))
    #expect(!result.stderr.contains("Backtrac") && !result.stderr.contains("Fatal error"))
    #expect(!FileManager.default.fileExists(atPath: transcript.deletingPathExtension().path + ".md"))
  }

  @Test("verslag: ongeldige JSON en een fout veld in geldige JSON krijgen elk hun eigen melding")
  func syntaxVersusField() throws {
    let syntax = try Executable.run(["verslag", try copy("geen-json.json").path])
    let field = try Executable.run(["verslag", try copy("verkeerd-veld.json").path])
    #expect(syntax.status == 65 && field.status == 65)
    #expect(syntax.stderr.contains("geen geldige JSON (regel 3"), "\(syntax.stderr)")
    #expect(field.stderr.contains("het veld 'seed' heeft een verkeerd type"), "\(field.stderr)")
    #expect(!field.stderr.contains("geen geldige JSON"))
  }

  @Test("stuurtekens uit een gesprek komen niet rauw op het scherm of in het verslag")
  func controlsNeutralised() throws {
    let transcript = try copy("stuurtekens.json")
    let result = try Executable.run(["verslag", transcript.path])
    #expect(result.status == 0, "\(result.stderr)")
    let report = try String(contentsOfFile: transcript.deletingPathExtension().path + ".md", encoding: .utf8)
    #expect(report.contains("esrever") && report.contains("gekaapt"))
    #expect(Self.noControls(result.stdout), "\(result.stdout.debugDescription)")
    #expect(Self.noControls(result.stderr))
    #expect(Self.noControls(report))
  }

  @Test("verslag T.json --uit T.json, via een andere naam of een harde link: geweigerd, het gesprek blijft heel")
  func neverOverwritesInput() throws {
    let transcript = try copy("geldig.json")
    let before = try Data(contentsOf: transcript)
    let folder = transcript.deletingLastPathComponent()
    let hardLink = folder.appendingPathComponent("link.md")
    try FileManager.default.linkItem(at: transcript, to: hardLink)
    for target in [transcript.path, folder.path + "/./geldig.json", hardLink.path] {
      let result = try Executable.run(["verslag", transcript.path, "--uit", target])
      #expect(result.status == 73, "\(target): \(result.stderr)")
      #expect(result.stderr.contains("het gespreksbestand zelf"))
    }
    #expect(try Data(contentsOf: transcript) == before)
  }

  @Test("--uit naar een symbolische link, een map of een apparaat: geweigerd, niets vervangen")
  func refusesOddTargets() throws {
    let transcript = try copy("geldig.json")
    let folder = transcript.deletingLastPathComponent()
    let elsewhere = folder.appendingPathComponent("elders.md")
    try Data("blijft".utf8).write(to: elsewhere)
    let link = folder.appendingPathComponent("link.md")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
    let viaLink = try Executable.run(["verslag", transcript.path, "--uit", link.path])
    #expect(viaLink.status == 73)
    #expect(viaLink.stderr.contains("symbolische link"))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == elsewhere.path)
    #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "blijft")
    #expect(try Executable.run(["verslag", transcript.path, "--uit", folder.path]).status == 73)
    #expect(try Executable.run(["verslag", transcript.path, "--uit", "/dev/null"]).status == 73)
    // A new name is fine.
    #expect(try Executable.run(["verslag", transcript.path, "--uit", folder.path + "/nieuw.md"]).status == 0)
  }

  @Test("verslag /dev/stdin maakt nooit /dev/stdin.md")
  func deviceInput() throws {
    let fromPipe = try Executable.run(["verslag", "/dev/stdin"], input: "{}")
    #expect(fromPipe.status == 64)
    #expect(fromPipe.stderr.contains("--uit"))
    let fromFile = try Executable.runShell(
      "\"$0\" verslag /dev/stdin < \"\(Self.fixtures.path)/geldig.json\"", home: Executable.temporaryDirectory())
    #expect(fromFile.status == 64)
    #expect(!FileManager.default.fileExists(atPath: "/dev/stdin.md"))
  }

  @Test("oefen geeft 74 als het verslag niet geschreven kan worden, zoals verslag")
  func practiceReportUnwritable() throws {
    let home = Executable.temporaryDirectory()
    let sessions = home.appendingPathComponent("sessies")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    // A folder where any report would go: the name `<stem>.md` is taken by a folder for every seed-1 session.
    let script =
      "printf 'Ik hoor u.\\n/stop\\nIk stel voor dat we volgende week verder praten. Dank u wel.\\n\\n' > in.txt; "
      + "\"$0\" oefen --seed 1 < in.txt > /dev/null 2> err.txt & pid=$!; "
      + "while [ -z \"$(ls \"\(sessions.path)\"/*.json 2>/dev/null)\" ]; do sleep 0.01; done; "
      + "f=$(ls \"\(sessions.path)\"/*.json | head -1); mkdir -p \"${f%.json}.md\"; wait $pid; echo \"status=$?\"; cat err.txt"
    let result = try Executable.run(
      ["-c", "cd \"$1\" && " + script, Executable.url.path, home.path], bytes: Data(), home: home,
      executable: URL(fileURLWithPath: "/bin/bash"))
    #expect(result.stdout.contains("status=74"), "\(result.stdout)")
    #expect(result.stdout.contains("kan het verslag niet opslaan"))
  }

  @Test("analyseer --evalueer met een bestand dat niet bestaat: 66")
  func evaluateMissing() throws {
    let result = try Executable.run(["analyseer", "--evalueer", "/bestaat/niet.tsv"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("bestaat niet"))
  }

  @Test("met gesloten standaarduitvoer: een Nederlandse melding en 74, geen systeemfout")
  func closedStandardOutput() throws {
    let result = try Executable.runShell("\"$0\" scenarios >&-", home: Executable.temporaryDirectory())
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr.contains("de uitvoer is gesloten"), "\(result.stderr)")
    #expect(!result.stderr.contains("systeemfout"))
  }

  @Test("oudergesprek --bogus noemt geen 'oefen', dat niet getypt is")
  func bareUnknownOption() throws {
    let result = try Executable.run(["--bogus"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("onbekende optie '--bogus'"))
    #expect(!result.stderr.contains("oefen"))
  }

  @Test("escape-reeksen in argumenten, OUDERGESPREK_SCENARIOS, paden en analyseer komen niet rauw in een melding")
  func escapesInMessages() throws {
    let escape = "\u{1B}]0;gekaapt\u{07}\u{1B}[2J"
    let runs = [
      try Executable.run(["--bogus" + escape]),
      try Executable.run(["oefen", "x" + escape]),
      try Executable.run(["scenarios"], environment: ["OUDERGESPREK_SCENARIOS": "/nergens" + escape]),
      try Executable.run(["verslag", "/nergens/" + escape + ".json"]),
      try Executable.run(["analyseer", "Ik hoor u" + escape]),
      try Executable.run(["analyseer", "--evalueer", "/nergens" + escape]),
    ]
    for result in runs {
      #expect(Self.noControls(result.stdout) && Self.noControls(result.stderr), "\(result.stderr.debugDescription)")
    }
  }

  @Test("voortgang zegt het als de map met gesprekken niet gelezen kan worden")
  func progressUnreadableFolder() throws {
    let home = Executable.temporaryDirectory()
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    // A file where the folder should be: it exists, but cannot be read as a folder (also as root).
    try Data("x".utf8).write(to: home.appendingPathComponent("sessies"))
    let result = try Executable.run(["voortgang"], home: home)
    #expect(result.status == 66)
    #expect(result.stderr.contains("kan de map met gesprekken niet lezen"))
    #expect(!result.stdout.contains("Nog geen gesprekken"))
  }

  @Test("voortgang telt van een sessie die in de tijdelijke map verderging de volledige kopie, niet de halve")
  func progressCountsCompleteCopy() throws {
    let home = Executable.temporaryDirectory()
    let temporary = home.appendingPathComponent("tmp")
    let sessions = home.appendingPathComponent("sessies")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let fallback = temporary.appendingPathComponent("oudergesprek-\(getuid())")
    try FileManager.default.createDirectory(
      at: fallback, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let complete = try Data(contentsOf: Self.fixtures.appendingPathComponent("geldig.json"))
    var partial = try #require(try JSONSerialization.jsonObject(with: complete) as? [String: Any])
    partial["outcome"] = nil
    partial["endedAt"] = nil
    partial["ending"] = nil
    partial["earlyEnding"] = nil
    // Saved before the first reply: the part in the data folder has no reply at all.
    partial["turns"] = (partial["turns"] as? [Any]).map { Array($0.prefix(1)) }
    try JSONSerialization.data(withJSONObject: partial).write(to: sessions.appendingPathComponent("a.json"))
    try complete.write(to: fallback.appendingPathComponent("a.json"))
    let result = try Executable.run(["voortgang"], home: home, environment: ["TMPDIR": temporary.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Voortgang over 1 gesprek "), "\(result.stdout)")
  }
}
