import Foundation
import Testing

@testable import OudergesprekKit

@Suite("/opnieuw in begrensde tijd: dezelfde toestand als alles opnieuw spelen")
struct TakeBackHistoryTests {
  let engine = ConversationEngine(scenario: BuiltInScenario.loaded.scenario!, analyzer: ScriptedAnalyzer([:]))
  let markers: [[Marker]] = [[.gevoelsreflectie], [.openVraag], [.adviseren], [.parafrase, .ikBoodschap]]

  @Test("over veel tussenstanden heen: elke /opnieuw geeft de toestand vóór dat antwoord en de ouderzin ervoor")
  func takeBackAcrossCheckpoints() {
    var transcript = Transcript(
      scenario: engine.scenario, seed: 3, startedAt: Date(timeIntervalSince1970: 0))
    var (state, _) = engine.start(seed: 3)
    transcript.turns.append(TranscriptTurn(speaker: .ouder, text: "opening", emotion: engine.emotion(of: state)))
    var history = TakeBackHistory()
    // What a take-back must give: the state before each reply that counts, and the parent's line before it.
    var expected: [(state: ConversationState, parent: String)] = []
    var generator = SeededGenerator(seed: 8)

    func reply(_ number: Int) {
      let analysis = ReplyAnalysis(
        text: "antwoord \(number)", markers: markers[number % markers.count], iMessageParts: [])
      let before = state
      state = engine.respond(to: analysis, in: state).0
      let parent = transcript.turns.last { $0.speaker == .ouder && $0.counts }?.text ?? ""
      transcript.turns.append(
        TranscriptTurn(
          speaker: .docent, text: analysis.text, markers: analysis.markers, emotion: engine.emotion(of: state)))
      history.record(replyAt: transcript.turns.count - 1, before: before)
      transcript.turns.append(
        TranscriptTurn(speaker: .ouder, text: "ouder \(number)", emotion: engine.emotion(of: state)))
      expected.append((before, parent))
    }

    for number in 0..<150 { reply(number) }
    var number = 150
    var takeBacks = 0
    while takeBacks < 200 {
      if generator.next() % 3 == 0 || expected.isEmpty {
        reply(number)
        number += 1
        continue
      }
      guard let back = history.takeBack(in: transcript, engine: engine) else {
        Issue.record("geen antwoord om terug te nemen, terwijl er \(expected.count) tellen")
        return
      }
      let want = expected.removeLast()
      #expect(back.state == want.state, "terugname \(takeBacks)")
      #expect(back.parentLine?.text == want.parent, "terugname \(takeBacks)")
      for index in back.index..<transcript.turns.count { transcript.turns[index].withdrawn = true }
      state = back.state
      #expect(state == engine.replay(transcript))
      takeBacks += 1
    }
    while history.takeBack(in: transcript, engine: engine) != nil { expected.removeLast() }
    #expect(expected.isEmpty)
  }
}
