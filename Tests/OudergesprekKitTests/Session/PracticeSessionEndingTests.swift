import Foundation
import OudergesprekKit
import Testing

@Suite("Afronden in een oefensessie")
struct PracticeSessionEndingTests {
  typealias S = ClosingSentences

  private func session() throws -> PracticeSession {
    let scenario = try #require(BuiltInScenario.loaded.scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: S.analyzer)
    return PracticeSession(engine: engine, seed: 7, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  /// Plays `lines` and returns everything the session printed.
  @discardableResult
  private func play(_ lines: [String], in session: inout PracticeSession) -> String {
    lines.map { session.handle($0) }.joined(separator: "\n")
  }

  /// Makes the parent angry and keeps her there until ending early is advised.
  private let pushToTheLimit = [S.provoke, S.neutral, S.neutral]

  @Test("herkend moment, goede vroegtijdige afronding: de ouder accepteert en de score staat in het transcript")
  func goodEarlyEnding() throws {
    var session = try session()
    play(pushToTheLimit, in: &session)
    let advised = try #require(session.state.earlyEndingAdvisedAtTurn)
    let output = play(["/stop", S.announce, S.iMessage, S.feeling, S.nextStep, S.thanks, ""], in: &session)
    #expect(session.isFinished)
    let ending = try #require(session.transcript.ending)
    #expect(ending.kind == .vroeg)
    #expect(ending.reaction == .accepteert)
    #expect(ending.score == 100)
    #expect(session.transcript.outcome == .gestopt)
    let review = try #require(session.transcript.earlyEnding)
    #expect(review.verdict == .herkendGoedAfgerond)
    #expect(review.advisedAtTurn == advised)
    #expect(output.contains("Afronding (vroegtijdig afronden): 100/100"))
    #expect(output.contains(review.judgement.prefix(30)))
  }

  @Test("een onbeleefde afsluiting: de ouder loopt weg en het gesprek is geëscaleerd")
  func rudeEnding() throws {
    var session = try session()
    play(pushToTheLimit, in: &session)
    let output = play(["/stop", S.announce, S.blame, S.thanks], in: &session)
    #expect(session.isFinished)
    #expect(session.transcript.ending?.reaction == .looptWeg)
    #expect(session.transcript.outcome == .geescaleerd)
    let last = try #require(session.transcript.turns.last)
    #expect(last.speaker == .ouder && last.emotion.intensity == 10)
    #expect(!output.contains(S.thanks), "na het weglopen wordt niets meer verwerkt")
    #expect(session.transcript.ending?.criterion(.geenBlokkade)?.met == false)
  }

  @Test("zonder vervolgstap protesteert de ouder; zonder aanvulling vertrekt ze ontevreden")
  func noNextStep() throws {
    var session = try session()
    let output = play(["/stop", S.announce, S.feeling, "", S.thanks, "/klaar"], in: &session)
    #expect(output.contains("De ouder protesteert"))
    let ending = try #require(session.transcript.ending)
    #expect(ending.protested)
    #expect(ending.reaction == .blijftOntevreden)
    #expect(ending.criterion(.vervolgafspraak)?.met == false)
    #expect(session.transcript.earlyEnding?.verdict == .zonderAanleiding)
  }

  @Test("als de tijd om is, begint de afsluiting vanzelf, met samenvatting en afspraken")
  func closeOnTime() throws {
    var session = try session()
    let budget = session.scenario.turnBudget
    let output = play(Array(repeating: S.neutral, count: budget), in: &session)
    #expect(output.contains("De tijd is om."))
    #expect(!session.isFinished)
    #expect(session.ending?.kind == .opTijd)
    #expect(session.prompt == session.renderer.closingPrompt)
    play([S.announce, S.summary, S.feeling, S.thanks, ""], in: &session)
    let ending = try #require(session.transcript.ending)
    #expect(ending.kind == .opTijd)
    #expect(ending.criteria.allSatisfy { $0.met })
    #expect(ending.reaction == .accepteert)
    #expect(session.transcript.outcome == .tijdOm)
    #expect(session.transcript.earlyEnding == nil)
  }

  @Test("/stop nadat de ouder zei dat de tijd bijna om is, is afronden op tijd, niet vroegtijdig")
  func stopNearTheEndIsOnTime() throws {
    var session = try session()
    var turns = 0
    while !session.state.timeWarningGiven {
      play([S.neutral], in: &session)
      turns += 1
    }
    #expect(turns < session.scenario.turnBudget)
    play(["/stop"], in: &session)
    #expect(session.ending?.kind == .opTijd)
    #expect(session.ending?.startedAtTurn == turns)
  }

  @Test("einde van de invoer tijdens de afsluiting rondt netjes af met wat er gezegd is")
  func endOfInputDuringClosing() throws {
    var session = try session()
    play(["/stop", S.announce, S.nextStep, S.thanks], in: &session)
    let text = session.interrupt(because: .endOfInput)
    #expect(session.endedWithClosing)
    #expect(session.transcript.ending?.reaction == .accepteert)
    #expect(text.contains("Afronding"))
    #expect(
      session.transcript.turns.filter { $0.speaker == .docent }.map(\.text) == [S.announce, S.nextStep, S.thanks])
  }

  @Test("/klaar buiten de afsluiting verandert niets en zegt wat te doen")
  func klaarOutsideClosing() throws {
    var session = try session()
    let output = session.handle("/klaar")
    #expect(output.contains("/stop"))
    #expect(session.ending == nil && !session.isFinished)
    #expect(session.transcript.turns.count == 1)
  }
}
