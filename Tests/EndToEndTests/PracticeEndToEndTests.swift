import Foundation
import Testing

@Suite("Oefenen via de terminal")
struct PracticeEndToEndTests {
  /// A skilled mentor: she listens, asks after each key fact of the story, raises the school's points as
  /// ik-boodschappen and proposes a next step. Listening alone no longer reaches an agreement (issue 11).
  static let calmingReplies = """
    Ik hoor dat u zich zorgen maakt.
    Hoe gaat het thuis met Sanne sinds de kerstvakantie?
    Hoe slaapt Sanne de laatste tijd?
    Hoe gaat het met haar vriendinnen?
    Ik maak me zorgen omdat Sanne voor drie vakken onvoldoende staat.
    Ik merk dat Sanne in de klas stil is en in de pauze vaak alleen zit, en dat raakt me.
    Zullen we volgende week samen evalueren?

    """

  @Test("een gescript gesprek met dezelfde seed geeft twee keer exact dezelfde uitvoer")
  func replayIsByteIdentical() throws {
    let first = try Executable.run(["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.calmingReplies)
    let second = try Executable.run(["oefen", "bezorgde-moeder-cijfers", "--seed", "1"], input: Self.calmingReplies)
    #expect(first.status == 0)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("het gesprek is gelukt"))
  }

  @Test("luisterende antwoorden kalmeren de ouder in het transcript; blokkades maken haar bozer")
  func transcriptShowsEmotion() throws {
    let calm = Executable.temporaryDirectory()
    _ = try Executable.run(["oefen", "bezorgde-moeder-cijfers", "--seed", "3"], input: Self.calmingReplies, home: calm)
    let angry = Executable.temporaryDirectory()
    _ = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "3"],
      input: "U moet gewoon strenger zijn.\nUw dochter is gewoon lui.\nU heeft het zelf zo ver laten komen.\n",
      home: angry)
    let calmIntensity = try lastParentIntensity(in: calm)
    let angryIntensity = try lastParentIntensity(in: angry)
    #expect(calmIntensity < 6)
    #expect(angryIntensity > 6)
  }

  private func lastParentIntensity(in home: URL) throws -> Int {
    let json = try SessionFolder(home: home).onlyTranscriptJSON()
    let turns = try #require(json["turns"] as? [[String: Any]])
    let emotion = try #require(turns.last?["emotion"] as? [String: Any])
    return try #require(emotion["intensity"] as? Int)
  }
}
