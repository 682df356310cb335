import Foundation
import Testing

@testable import OudergesprekKit

/// A paraphrase of what the parent is upset about is confirmed, also when it shares none of her words.
@Suite("Een parafrase van waar de ouder nu mee zit")
struct StoryParaphraseFeelingTests {
  @Test(
    "de boze vader bevestigt een juiste parafrase van zijn boosheid over hoe hij het hoorde",
    arguments: [
      "U bent vooral boos dat u het via een bericht hoorde en niet gebeld bent.",
      "Als ik u goed begrijp, had u gewoon gebeld willen worden.",
      "Dus u zegt: ik hoorde het via een bericht in plaats van dat iemand me belde.",
    ])
  func confirmed(text: String) throws {
    let path = Fixtures.packageRoot.appendingPathComponent("Scenarios/boze-vader-schorsing.json").path
    let scenario = try #require(
      ScenarioCatalog.load(directory: (path as NSString).deletingLastPathComponent).files.first {
        $0.path.hasSuffix("boze-vader-schorsing.json")
      }?.scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let (state, _) = engine.start(seed: 1)
    let (_, events) = engine.respond(
      to: ReplyAnalysis(text: text, markers: [.parafrase], iMessageParts: []), in: state)
    let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.first
    let line = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }.first ?? ""
    #expect(choice?.reason == .paraphrase, "\(String(describing: choice)) \(line)")
    let story = try #require(scenario.story)
    #expect(!(story.correctLines + StoryDefaults.correct).contains(line), "\(line)")
  }
}
