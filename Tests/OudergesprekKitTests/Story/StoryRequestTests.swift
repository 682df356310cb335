import Testing

@testable import OudergesprekKit

/// A request to the parent to do something ("Zou u thuis met hem willen bespreken dat ...?") is a step she takes
/// or refuses, like a proposal, not a question she answers with a line of her story; an invitation to tell is none.
@Suite("Een verzoek aan de ouder is een voorstel")
struct StoryRequestTests {
  @Test(
    "een verzoek om iets te doen",
    arguments: [
      "Zou u thuis met hem willen bespreken dat het spreekuur geen straf is?",
      "Wat vindt u daarvan, en wilt u dat thuis met Jesse bespreken?",
      "Meneer Jansen, kunt u erop letten dat hij zijn agenda bijhoudt?",
      "Wilt u mij bellen als ze weer ziek is?",
      "Lina, zou jij Jasmijn een briefje willen schrijven en het haar zelf geven?",
      "Zouden jullie samen naar de decaan willen gaan om het te bespreken?",
    ])
  func request(text: String) {
    #expect(ProposalReaction.requestsAction(text), "\(text)")
  }

  @Test(
    "geen verzoek: uitnodigen om te vertellen, een vraag, een mededeling",
    arguments: [
      "Wilt u eerst vertellen wat u het meest dwarszit?",
      "Kunt u daar iets meer over zeggen?",
      "Kunt u zich voorstellen dat hij het zelf moeilijk vindt?",
      "Hoe zou u dat thuis willen bespreken?",
      "Ik wil dat graag met hem bespreken.",
      "U kunt mij altijd bellen.",
      "Zou u het willen toelichten?",
    ])
  func noRequest(text: String) {
    #expect(!ProposalReaction.requestsAction(text), "\(text)")
  }

  @Test(
    "op een verzoek reageert ze zoals op een voorstel",
    arguments: ["tienminuten-teleurgestelde-vader", "gedrag-in-de-les-tienminuten", "bezorgde-moeder-cijfers"])
  func takenAsProposal(id: String) throws {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var state = engine.start(seed: 3).0
    for text in ["Fijn dat u er bent.", "Ik hoor dat u zich zorgen maakt.", "Dat begrijp ik, dat is niet makkelijk."] {
      state = engine.respond(to: text, in: state).0
    }
    let (_, events) = engine.respond(
      to: "Zou u thuis met uw kind willen bespreken dat we het samen zo hebben afgesproken?", in: state)
    let reasons = events.compactMap { if case .lineChosen(let choice) = $0 { choice.reason } else { nil } }
    #expect(reasons.contains(.proposal), "\(id): \(reasons)")
  }
}
