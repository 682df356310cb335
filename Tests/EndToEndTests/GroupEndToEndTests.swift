import Foundation
import Testing

@Suite("Groepsoverzicht via de terminal")
struct GroupEndToEndTests {
  static let blocking = """
    Misschien moet u strenger zijn.
    Maakt u zich geen zorgen, het komt goed.
    Kunt u daar meer over vertellen?

    """

  /// Three sessions of two named trainees and one without a name, copied into a shared folder with one
  /// sub-folder, and beside them a broken file, a JSON file that is no transcript, one from a newer version,
  /// a huge one and a note.
  static func group() throws -> URL {
    let home = Executable.temporaryDirectory()
    let anna = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "1", "--naam", "Anna"], input: blocking, home: home)
    let bram = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "2"], input: PracticeEndToEndTests.calmingReplies, home: home,
      environment: ["OUDERGESPREK_NAAM": "Bram"])
    let nameless = try Executable.run(["oefen", "bezorgde-moeder-cijfers", "--seed", "3"], input: blocking, home: home)
    #expect([anna.status, bram.status, nameless.status].allSatisfy { $0 == 0 || $0 == 2 })
    let sessions = try SessionFolder(home: home).files("json")
    try #require(sessions.count == 3)

    let group = Executable.temporaryDirectory().appendingPathComponent("gedeeld")
    let sub = group.appendingPathComponent("klas-b")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: sessions[0], to: group.appendingPathComponent("een.json"))
    try FileManager.default.copyItem(at: sessions[1], to: sub.appendingPathComponent("twee.json"))
    try FileManager.default.copyItem(at: sessions[2], to: sub.appendingPathComponent("drie.json"))
    try Data("{\"turns\": [".utf8).write(to: group.appendingPathComponent("kapot.json"))
    try Data("{\"naam\": \"boodschappenlijst\"}".utf8).write(to: group.appendingPathComponent("lijst.json"))
    var newer = try String(contentsOf: sessions[0], encoding: .utf8)
    newer = newer.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 7")
    newer = newer.replacingOccurrences(of: "\"seed\" : 1,", with: "\"seed\" : 99,")
    try Data(newer.utf8).write(to: sub.appendingPathComponent("nieuw.json"))
    let huge = group.appendingPathComponent("groot.json")
    FileManager.default.createFile(atPath: huge.path, contents: nil)
    let handle = try FileHandle(forWritingTo: huge)
    try handle.truncate(atOffset: 65 << 20)
    try handle.close()
    try Data("aantekeningen".utf8).write(to: group.appendingPathComponent("notities.txt"))
    return group
  }

  /// Every file under `folder` with its size and modification time, to see that nothing was written.
  static func snapshot(_ folder: URL) -> [String: String] {
    var result: [String: String] = [:]
    for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
      result[path] = "\(attributes?[.size] ?? 0) \(attributes?[.modificationDate] ?? 0)"
    }
    return result
  }

  @Test("groep leest goede gesprekken uit map en submap, noemt elk slecht bestand met zijn reden en schrijft niets")
  func goodAndBrokenFiles() throws {
    let group = try Self.group()
    let before = Self.snapshot(group)
    let text = try Executable.run(["groep", group.path])
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("Groepsoverzicht: 3 gesprekken, 2 cursisten, 1 scenario"))
    for part in [
      "Anna", "Bram", "(zonder naam)", "Waar de groep het vaakst blokkeerde", "adviseren", "Beter in deze situatie",
    ] {
      #expect(text.stdout.contains(part), "\(part)")
    }
    #expect(text.stdout.contains("Overgeslagen bestanden (4)"))
    #expect(text.stdout.contains("kapot.json: geen gesprek: geen geldige JSON"))
    #expect(text.stdout.contains("lijst.json: geen gesprek van oudergesprek"))
    #expect(text.stdout.contains("nieuw.json: gemaakt met een nieuwere versie van oudergesprek (formaat 7"))
    #expect(text.stdout.contains("groot.json: is te groot voor een gesprek"))
    #expect(!text.stdout.contains("notities.txt"))

    let markdown = try Executable.run(["groep", "--markdown", group.path])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("# Groepsoverzicht: 3 gesprekken"))
    #expect(markdown.stdout.contains("## Overgeslagen bestanden (4)"))

    let csv = try Executable.run(["groep", "--csv", group.path])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows[0].hasPrefix("bestand,naam,scenario,"))
    #expect(
      rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }.sorted() == [
        "", "Anna", "Bram",
      ])
    #expect(csv.stderr.components(separatedBy: "Overgeslagen: ").count == 5)

    #expect(Self.snapshot(group) == before)
  }

  @Test("groep met een los bestand, twee keer hetzelfde gesprek telt één keer")
  func filesAndDuplicates() throws {
    let group = try Self.group()
    let file = group.appendingPathComponent("een.json").path
    let result = try Executable.run(["groep", "--csv", file, file, group.appendingPathComponent("klas-b").path])
    #expect(result.status == 0)
    // een.json once, twee.json and drie.json; nieuw.json is skipped.
    #expect(result.stdout.split(separator: "\n").count == 4)
  }

  @Test(
    "verkeerde opdrachten bij groep: geen pad, --csv met --markdown, een onbekende optie (64), een pad dat er niet is (66), alleen slechte bestanden (65)"
  )
  func usage() throws {
    let group = try Self.group()
    #expect(try Executable.run(["groep"]).status == 64)
    #expect(try Executable.run(["groep", "--csv", "--markdown", group.path]).status == 64)
    let unknown = try Executable.run(["groep", "--markdwn", group.path])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("bedoelt u --markdown?"))
    let missing = try Executable.run(["groep", group.appendingPathComponent("bestaat-niet").path])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("bestaat niet"))
    let broken = try Executable.run(["groep", group.appendingPathComponent("kapot.json").path])
    #expect(broken.status == 65)
    #expect(broken.stdout.contains("kapot.json: geen gesprek"))
  }

  @Test("samen --naam zet de naam in het transcript; een lege OUDERGESPREK_NAAM is geen naam en geen vraag")
  func togetherName() throws {
    let home = Executable.temporaryDirectory()
    _ = try Executable.run(["samen", "bezorgde-moeder-cijfers", "--seed", "4", "--naam", " Cem  Yilmaz "], home: home)
    #expect(try SessionFolder(home: home).onlyTranscriptJSON()["trainee"] as? String == "Cem Yilmaz")
    let other = Executable.temporaryDirectory()
    _ = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "4"], input: Self.blocking, home: other,
      environment: ["OUDERGESPREK_NAAM": ""])
    #expect(try SessionFolder(home: other).onlyTranscriptJSON()["trainee"] == nil)
  }
}
