import Testing

@testable import OudergesprekKit

/// An unrelated question: the first gets "what has that to do with it", the next a request to get back.
@Suite("Een tweede vraag over iets anders")
struct StorySideTrackOrderTests {
  @Test(
    "de tweede vraag over iets anders krijgt het verzoek terug te gaan naar het onderwerp",
    arguments: ["Kookt u graag?", "Wat vindt u van het weer vandaag?", "Heeft u een hond?"])
  func secondAsksToGetBack(second: String) {
    let scenario = BuiltInScenario.loaded.scenario!
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    var state = engine.start(seed: 2).0
    var lines: [String] = []
    var choices: [LineChoice] = []
    for text in ["Ik hoor dat u zich zorgen maakt.", "Gaat u deze zomer nog op vakantie?", second] where !state.isOver {
      let (next, events) = engine.respond(to: ReplyAnalysis(text: text, markers: [], iMessageParts: []), in: state)
      state = next
      choices += events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }
      lines += events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    }
    #expect(choices.suffix(2).map(\.reason) == [.sidetrack, .sidetrack], "\(choices)")
    #expect(StoryDefaults.backToPoint.contains(lines.last ?? ""), "\(lines)")
    #expect(state.story.found.isEmpty)
  }
}
