import Foundation
import Testing

@Suite("Het verhaal van de ouder via de terminal")
struct StoryEndToEndTests {
  /// Questions on one topic each, a paraphrase and the school's points, typed as a mentor would.
  static let questions = """
    Ik hoor dat u zich zorgen maakt.
    Hoe gaat het met haar huiswerk?
    Hoe gaat het thuis met Sanne sinds de kerstvakantie?
    Hoe slaapt Sanne de laatste tijd?
    Hoe gaat het met haar vriendinnen?
    Hoe werkt u, met uw diensten in het ziekenhuis?
    Ik maak me zorgen omdat Sanne voor drie vakken onvoldoende staat.
    Ik merk dat Sanne in de pauze vaak alleen zit, en dat raakt me.
    Zullen we volgende week donderdag om half negen verder praten?

    """

  @Test("in een gepipet gesprek staat elk antwoord van de ouder op het onderwerp dat gevraagd werd")
  func answersAreOnTheTopicAsked() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(
      ["oefen", "bezorgde-moeder-cijfers", "--seed", "2"], input: Self.questions, home: home)
    #expect(result.status == 0)
    let json = try SessionFolder(home: home).onlyTranscriptJSON()
    let turns = try #require(json["turns"] as? [[String: Any]])
    let facts = try #require(json["keyFactsFound"] as? [[String: Any]])
    #expect(Set(facts.compactMap { $0["id"] as? String }) == ["scheiding", "nachtbellen", "vriendin-kwijt"])
    let kernTopic = ["scheiding": "thuis", "nachtbellen": "slaap", "vriendin-kwijt": "vriendinnen"]
    var checked = 0
    for (index, turn) in turns.enumerated() where turn["speaker"] as? String == "docent" {
      guard let topics = turn["topics"] as? [String], !topics.isEmpty,
        let answer = turns[(index + 1)...].first(where: { $0["speaker"] as? String == "ouder" })
      else { continue }
      let about = answer["about"] as? String
      #expect(answer["reason"] as? String == "topic", "\(turn["text"] ?? "")")
      #expect(topics.contains(about.map { kernTopic[$0] ?? $0 } ?? ""), "\(turn["text"] ?? ""): \(about ?? "-")")
      checked += 1
    }
    #expect(checked >= 5)
    #expect(json["outcome"] as? String == "opgelost")
  }

  @Test("analyseer --scenario --json voegt per antwoord de herkende onderwerpen toe; zonder verhaal een fout")
  func analyseTopics() throws {
    let result = try Executable.run(
      ["analyseer", "--scenario", "bezorgde-moeder-cijfers", "--json"],
      input: "Hoe slaapt ze?\nGaat u deze zomer op vakantie?\nhoe gaat het thius met haar\n")
    #expect(result.status == 0)
    let topics = try result.stdout.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return object?["topics"] as? [String]
    }
    #expect(topics == [["slaap"], [], ["thuis"]])
    let unknown = try Executable.run(["analyseer", "--scenario", "bestaat-niet", "--json"], input: "Hallo\n")
    #expect(unknown.status != 0)
    let stray = try Executable.run(["analyseer", "--scenarios", "Scenarios", "Hallo"])
    #expect(stray.status == 64)
  }
}
