import OudergesprekKit
import Testing

@Suite("Het verloop van de afsluiting")
struct EndingFlowTests {
  typealias S = ClosingSentences

  private func say(_ sentences: [String], to flow: inout EndingFlow) -> [EndingFlow.Step] {
    sentences.map { flow.add(S.analyzer.analyze($0)) }
  }

  @Test("na een goede afsluiting accepteert de ouder meteen")
  func goodEndingIsAccepted() {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 4)
    #expect(say([S.announce, S.iMessage, S.feeling, S.nextStep, S.thanks], to: &flow).allSatisfy { $0 == .noted })
    #expect(flow.done() == .finished(.accepteert))
    #expect(flow.outcome == .gestopt)
    #expect(flow.assessment?.score == 100)
    #expect(flow.assessment?.startedAtTurn == 4)
  }

  @Test("een onbeleefde zin laat de ouder meteen weglopen", arguments: [S.blame, S.order])
  func rudeEndingWalksOut(rude: String) {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 2)
    let steps = say([S.announce, rude], to: &flow)
    #expect(steps.last == .finished(.looptWeg))
    #expect(flow.isFinished)
    #expect(flow.outcome == .geescaleerd)
    #expect(flow.assessment?.criterion(.geenBlokkade)?.met == false)
  }

  @Test("zonder vervolgstap protesteert de ouder één keer; daarna kan de docent aanvullen")
  func protestOnceThenAccept() {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 3)
    _ = say([S.announce, S.thanks], to: &flow)
    #expect(flow.done() == .protest)
    #expect(!flow.isFinished)
    _ = say([S.nextStep], to: &flow)
    #expect(flow.done() == .finished(.accepteert))
    #expect(flow.assessment?.protested == true)
    #expect(flow.assessment?.criterion(.vervolgafspraak)?.met == true)
  }

  @Test("blijft de vervolgstap ook na het protest uit, dan vertrekt de ouder ontevreden")
  func protestOnlyOnce() {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 3)
    _ = say([S.announce], to: &flow)
    #expect(flow.done() == .protest)
    _ = say([S.thanks], to: &flow)
    #expect(flow.done() == .finished(.blijftOntevreden))
    #expect(flow.outcome == .gestopt)
  }

  @Test("een sussende blokkade is niet onbeleefd genoeg om weg te lopen, maar de ouder protesteert")
  func mildBlockadeProtests() {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 3)
    #expect(say([S.announce, S.reassure, S.nextStep], to: &flow).allSatisfy { $0 == .noted })
    #expect(flow.done() == .protest)
  }

  @Test("einde van de invoer rondt af met wat er gezegd is, zonder kans op protest")
  func endOfInputFinishes() {
    var flow = EndingFlow(kind: .opTijd, startedAtTurn: 15)
    _ = say([S.announce], to: &flow)
    #expect(flow.done(endOfInput: true) == .finished(.blijftOntevreden))
    #expect(flow.outcome == .tijdOm)
    var silent = EndingFlow(kind: .vroeg, startedAtTurn: 1)
    #expect(silent.done(endOfInput: true) == .finished(.blijftOntevreden))
    #expect(silent.assessment?.score == 0)
  }

  @Test("klaar zonder slotwoorden vraagt eerst om slotwoorden")
  func doneWithoutWords() {
    var flow = EndingFlow(kind: .vroeg, startedAtTurn: 1)
    #expect(flow.done() == .nothingSaidYet)
    #expect(!flow.isFinished)
  }
}
