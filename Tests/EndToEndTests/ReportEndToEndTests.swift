import Foundation
import Testing

@Suite("Voorbereiding, verslag en voortgang via de terminal")
struct ReportEndToEndTests {
  static let replies = PracticeEndToEndTests.calmingReplies

  /// The one session file in `home`, decoded, with its path.
  func session(in home: URL) throws -> (path: String, json: [String: Any]) {
    let folder = SessionFolder(home: home)
    return (try folder.onlyTranscriptFile().path, try folder.onlyTranscriptJSON())
  }

  @Test("na een gescript gesprek staat het verslag naast het transcript en op het scherm")
  func reportNextToTranscript() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.replies, home: home)
    #expect(result.status == 0)
    let (path, json) = try session(in: home)
    #expect(json["preparation"] == nil)
    let reportPath = String(path.dropLast(5)) + ".md"
    let report = try String(contentsOfFile: reportPath, encoding: .utf8)
    #expect(report.hasPrefix("# Verslag oefengesprek: Bezorgde moeder"))
    #expect(report.contains("### Emotie van de ouder"))
    #expect(report.contains("## Het gesprek"))
    #expect(result.stdout.contains("## Concept-gespreksverslag"))
    #expect(!result.stdout.contains("## Het gesprek"))
    #expect(!result.stdout.contains("Voorbereiding."))
    #expect(result.stderr.contains("Het verslag is bewaard in: \(reportPath)"))
  }

  @Test("met --voorbereiding komen de antwoorden in het transcript en het verslag; de openingszin krijgt commentaar")
  func preparationAnswers() throws {
    let home = Executable.temporaryDirectory()
    let preparation = """
      Samen begrijpen wat er met Sanne is
      Ze verwacht kritiek en is bang

      Sanne niet erbij, wel vooraf spreken
      Dinsdag na drie uur
      Geen les direct erna

      """
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1", "--voorbereiding"], input: preparation + Self.replies,
      home: home)
    #expect(result.status == 0)
    let (path, json) = try session(in: home)
    let answers = try #require((json["preparation"] as? [String: Any])?["answers"] as? [[String: String]])
    #expect(answers.map { $0["question"] } == ["doel", "ouder", "leerling", "moment", "daarna"])
    #expect(answers.first?["text"] == "Samen begrijpen wat er met Sanne is")
    let report = try String(contentsOfFile: String(path.dropLast(5)) + ".md", encoding: .utf8)
    #expect(report.contains("- **Wanneer de ouder kan komen:** Dinsdag na drie uur"))
    #expect(result.stdout.contains("het gesprek is gelukt"))

    let withOpening = Executable.temporaryDirectory()
    let opened = try Executable.run(
      ["oefen", "--seed", "1", "--voorbereiding"], input: "Doel\nVerwacht\nIk hoor dat u zich zorgen maakt.\n",
      home: withOpening)
    #expect(opened.stdout.contains("» Over je openingszin: "))
    let openingJSON = try session(in: withOpening).json
    #expect((openingJSON["preparation"] as? [String: Any])?["openingMarkers"] != nil)
  }

  @Test("Enter bij de eerste vraag slaat de voorbereiding over")
  func preparationSkipped() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "--seed", "1", "--voorbereiding"], input: "\n" + Self.replies, home: home)
    #expect(result.stdout.contains("Voorbereiding overgeslagen."))
    #expect(result.stdout.contains("het gesprek is gelukt"))
    #expect(try session(in: home).json["preparation"] == nil)
  }

  @Test("met --zelfbeoordeling komen de eigen scores naast de analyse; einde van de invoer slaat de rest over")
  func selfAssessment() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1", "--zelfbeoordeling"], input: Self.replies + "\n7\n4\n5\n",
      home: home)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Typ een cijfer van 1 tot en met 5"))
    let scores = try #require(
      (try session(in: home).json["selfAssessment"] as? [String: Any])?["scores"] as? [[String: Any]])
    #expect(scores.compactMap { $0["score"] as? Int } == [4, 5])
    #expect(result.stdout.contains("| ik-boodschappen | 4/5 |"))
    #expect(result.stdout.contains("| blokkades vermeden | – |"))
    let assessmentAt = try #require(result.stdout.range(of: "Zelfbeoordeling:"))
    let feedbackAt = try #require(result.stdout.range(of: "## Terugkoppeling"))
    #expect(assessmentAt.lowerBound < feedbackAt.lowerBound)
    let before = result.stdout[..<assessmentAt.lowerBound]
    #expect(!before.contains("Terugblik"))
  }

  @Test("/opnieuw neemt het antwoord terug: de emotie keert terug en het transcript houdt beide pogingen")
  func takeBack() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "2"],
      input: "Misschien moet u haar telefoon innemen.\n/opnieuw\nIk hoor dat u zich zorgen maakt.\n", home: home)
    #expect(result.stdout.contains("Je laatste antwoord is teruggenomen"))
    #expect(result.stdout.contains("De ouder is weer [gespannen en bezorgd 6/10]"))
    let turns = try #require(try session(in: home).json["turns"] as? [[String: Any]])
    let teacher = turns.filter { $0["speaker"] as? String == "docent" }
    #expect(
      teacher.map { $0["text"] as? String } == [
        "Misschien moet u haar telefoon innemen.", "Ik hoor dat u zich zorgen maakt.",
      ])
    #expect(teacher.map { $0["withdrawn"] as? Bool } == [true, nil])
    let emotions = turns.map { ($0["emotion"] as? [String: Any])?["intensity"] as? Int }
    #expect(emotions.first == 6)
    #expect(emotions[1]! > 6)
  }

  @Test("verslag maakt het verslag opnieuw; --uit schrijft het waar je wilt")
  func reportCommand() throws {
    let home = Executable.temporaryDirectory()
    _ = try Executable.run(["oefen", "--seed", "1"], input: Self.replies, home: home)
    let (path, _) = try session(in: home)
    let reportPath = String(path.dropLast(5)) + ".md"
    let original = try String(contentsOfFile: reportPath, encoding: .utf8)
    try FileManager.default.removeItem(atPath: reportPath)
    let again = try Executable.run(["verslag", path], home: home)
    #expect(again.status == 0)
    #expect(try String(contentsOfFile: reportPath, encoding: .utf8) == original)
    #expect(again.stdout.contains("## Concept-gespreksverslag"))

    let elsewhere = home.appendingPathComponent("portfolio.md").path
    let written = try Executable.run(["verslag", path, "--uit", elsewhere], home: home)
    #expect(written.status == 0)
    #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == original)
    #expect(written.stderr.contains("Het verslag is bewaard in: \(elsewhere)"))
  }

  @Test("verslag met een ontbrekend of kapot transcript geeft een Nederlandse fout en geen nul")
  func reportCommandErrors() throws {
    let home = Executable.temporaryDirectory()
    let missing = try Executable.run(["verslag", home.appendingPathComponent("weg.json").path], home: home)
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("bestaat niet"))
    let broken = home.appendingPathComponent("kapot.json")
    try Data("{\"scenario\": 3}".utf8).write(to: broken)
    let bad = try Executable.run(["verslag", broken.path], home: home)
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("is geen gesprek van oudergesprek"))
    #expect(bad.stdout.isEmpty)
    let none = try Executable.run(["verslag"], home: home)
    #expect(none.status == 64)
    #expect(none.stderr.contains("mist het gespreksbestand"))
  }

  @Test("voortgang vat meerdere gesprekken samen met grafiekjes en een advies")
  func progress() throws {
    let home = Executable.temporaryDirectory()
    _ = try Executable.run(
      ["oefen", "--seed", "3"], input: "U moet gewoon strenger zijn.\nMisschien moet u haar telefoon innemen.\n",
      home: home)
    _ = try Executable.run(["oefen", "--seed", "4"], input: Self.replies, home: home)
    let result = try Executable.run(["voortgang"], home: home)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Voortgang over 2 gesprekken (1 scenario)"))
    #expect(result.stdout.contains("actief luisteren"))
    #expect(result.stdout.contains("Vooruitgang in je laatste gesprek: je luistert vaker actief"))
    #expect(result.stdout.contains("Oefen nu: "))
  }
}
