import Testing

@testable import OudergesprekKit

/// A question how something is for her, in the words teachers use ("Wat gaat er door u heen?", "Hoe komt dat bij u
/// binnen?"), gets how she feels, not "Dat weet ik eigenlijk niet." or a line of another topic.
@Suite("Een vraag naar wat er in haar omgaat krijgt haar gevoel")
struct StoryFeelingQuestionTests {
  static let questions = [
    "Wat gaat er door u heen?", "Wat gaat er nu in u om?", "Hoe komt dat bij u binnen?", "Wat roept dat bij u op?",
    "Wat voelt u daarbij?", "Dat is veel om zo ineens te horen. Wat gaat er door u heen?",
  ]

  @Test("een gevoelsvraag zonder onderwerp", arguments: questions)
  func feeling(question: String) throws {
    var checked = 0
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
      guard engine.topicMatcher?.specificTopics(in: question).isEmpty == true else { continue }
      var state = engine.start(seed: 3).0
      state = engine.respond(to: "Goedemiddag, fijn dat u er bent.", in: state).0
      let (after, events) = engine.respond(to: question, in: state)
      guard after.outcome == nil else { continue }
      let reasons = events.compactMap { if case .lineChosen(let choice) = $0 { choice.reason } else { nil } }
      #expect(reasons.last == .feeling, "\(id): \(question) -> \(reasons)")
      checked += 1
    }
    #expect(checked >= 10, "only \(checked) scenarios checked")
  }
}
