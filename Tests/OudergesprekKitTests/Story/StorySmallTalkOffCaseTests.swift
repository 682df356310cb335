import Testing

@testable import OudergesprekKit

/// Off-case questions are found by their content, not a word list; a how-are-you gets one short social answer
/// (issue 11, cause 3).
@Suite("Vragen buiten de zaak op inhoud, en een korte sociale reactie op hoe gaat het")
struct StorySmallTalkOffCaseTests {
  func reasons(_ id: String, _ replies: [String]) throws -> [LineChoice.Reason?] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (_, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: 2)
    return steps.map { events in
      events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last?.reason
    }
  }

  @Test(
    "een vraag zonder woord van de zaak is een zijpad",
    arguments: ["Bent u nat geworden onderweg?", "Heeft u de koffieautomaat gevonden?"])
  func offCase(question: String) throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let reasons = try reasons(id, ["Fijn dat u er bent.", question])
      #expect(reasons.last == .sidetrack, "\(id): \(question) -> \(String(describing: reasons.last))")
    }
  }

  @Test("hoe gaat het met u krijgt één keer een korte sociale reactie, geen verhaal of wat bedoelt u")
  func smallTalkOnce() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let reasons = try reasons(id, ["Goedemiddag.", "Hoe gaat het met u?", "Hoe gaat het met u?"])
      #expect(reasons[1] == .smallTalk, "\(id): \(reasons)")
      #expect(reasons[2] != .smallTalk, "\(id): \(reasons)")
    }
  }

  @Test("een vraag over haar kijk of over school blijft een vraag over de zaak")
  func onCase() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("bezorgde-moeder-cijfers")
    let matcher = try #require(ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).topicMatcher)
    #expect(!matcher.isOffCase("Hoe kijkt u zelf naar de cijfers?"))
    #expect(!matcher.isOffCase("Hoe voelt u zich daarbij?"))
    #expect(!matcher.isOffCase("Hoe bedoelt u?"))
    #expect(matcher.isOffCase("Bent u nat geworden onderweg?"))
  }
}
