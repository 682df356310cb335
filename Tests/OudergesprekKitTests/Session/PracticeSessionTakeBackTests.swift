import Foundation
import OudergesprekKit
import Testing

@Suite("Opnieuw proberen tijdens het gesprek")
struct PracticeSessionTakeBackTests {
  let engine = ConversationEngine(
    scenario: BuiltInScenario.loaded.scenario!,
    analyzer: ScriptedAnalyzer(["luister": [.gevoelsreflectie], "advies": [.adviseren]]))

  func session() -> PracticeSession {
    PracticeSession(engine: engine, seed: 4, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  @Test("/opnieuw zet de emotie en de hele gesprekstoestand terug naar vóór het laatste antwoord")
  func restoresState() {
    var session = session()
    _ = session.handle("luister")
    let before = session.state
    _ = session.handle("advies")
    #expect(session.state.emotion != before.emotion)
    let text = session.handle("/opnieuw")
    #expect(session.state == before)
    #expect(
      text.contains("De ouder is weer [\(engine.emotion(of: before).name) \(engine.emotion(of: before).intensity)/10]"))
  }

  @Test("het transcript houdt beide pogingen; de teruggenomen beurten zijn gemarkeerd")
  func keepsBothTries() {
    var session = session()
    _ = session.handle("advies")
    _ = session.handle("/opnieuw")
    _ = session.handle("luister")
    let teacher = session.transcript.turns.filter { $0.speaker == .docent }
    #expect(teacher.map(\.text) == ["advies", "luister"])
    #expect(teacher.map(\.counts) == [false, true])
    let withdrawnParent = session.transcript.turns.filter { $0.speaker == .ouder && !$0.counts }
    #expect(withdrawnParent.count == 1)
  }

  @Test("na /opnieuw loopt het gesprek precies zoals zonder de teruggenomen poging")
  func retryMatchesFreshSession() {
    var retried = session()
    _ = retried.handle("advies")
    _ = retried.handle("/opnieuw")
    let retriedText = retried.handle("luister")
    var fresh = session()
    let freshText = fresh.handle("luister")
    #expect(retried.state == fresh.state)
    #expect(retriedText == freshText)
  }

  @Test("/opnieuw zonder antwoord zegt dat er niets terug te nemen is")
  func nothingToTakeBack() {
    var session = session()
    let before = session.transcript
    #expect(session.handle("/opnieuw") == "Er is nog geen antwoord om terug te nemen.")
    #expect(session.transcript == before)
  }
}
