import Testing

@testable import OudergesprekKit

/// Feedback speaks of the parent as hij or ze, following the scenario's relation.
@Suite("Hij of ze: de ouder in de feedback")
struct ParentPronounTests {
  @Test(
    "de relatie bepaalt hij of ze",
    arguments: [
      ("vader", "hij"), ("Vader", "hij"), ("stiefvader", "hij"), ("opa", "hij"), ("oom", "hij"),
      ("moeder", "ze"), ("pleegmoeder", "ze"), ("tante", "ze"), ("voogd", "ze"),
    ])
  func pronoun(relation: String, expected: String) {
    let parent = ParentPersona(
      name: "X", relation: relation, background: "", expectation: "", addressesTeacherAs: "meneer")
    #expect(parent.subjectPronoun == expected)
  }

  @Test("/tip bij de boze vader zegt hij en hem, niet ze en haar")
  func fatherTip() throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario("boze-vader-schorsing")
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let state = engine.start(seed: 2).0
    let tip = SessionRenderer(scenario: scenario, style: .plain).tip(engine: engine, state: state)
    let words = Set(tip.lowercased().split { !$0.isLetter }.map(String.init))
    #expect(words.contains("hij") || words.contains("hem") || words.contains("zijn"), "\(tip)")
    #expect(!words.contains("ze") && !words.contains("haar"), "\(tip)")
  }
}
