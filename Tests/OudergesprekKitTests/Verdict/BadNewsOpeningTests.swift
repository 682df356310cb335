import Foundation
import Testing

@testable import OudergesprekKit

/// Bad news the school asked for is delivered by the teacher: the teacher opens, the prepared opening line can be
/// the first reply, its feedback is about opening, and the moment to end early is told when it comes.
@Suite("Slecht nieuws brengt de docent")
struct BadNewsOpeningTests {
  private func scenario(_ id: String) throws -> Scenario {
    let path = Fixtures.packageRoot.appendingPathComponent("Scenarios/\(id).json").path
    return try #require(ScenarioLoader.load(file: path).scenario)
  }

  private func session(_ id: String) throws -> PracticeSession {
    let engine = ConversationEngine(scenario: try scenario(id), analyzer: DutchReplyAnalyzer())
    return PracticeSession(engine: engine, seed: 1, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  @Test(
    "wie opent: de docent bij slecht nieuws op verzoek van school, anders de ouder",
    arguments: [
      ("zittenblijven-rapportgesprek", true), ("niveau-omlaag-zus-vertaalt", true),
      ("boze-vader-schorsing", false), ("bezorgde-moeder-cijfers", false),
    ])
  func whoOpens(_ id: String, teacherOpens: Bool) throws {
    let session = try session(id)
    #expect(session.scenario.teacherOpens == teacherOpens)
    #expect(session.teacherOpensNow == teacherOpens)
    #expect(session.transcript.turns.contains { $0.speaker == .ouder } == !teacherOpens, "de ouder zegt nog niets")
  }

  @Test("Enter gebruikt de openingszin uit de voorbereiding als eerste antwoord")
  func preparedOpeningIsFirstReply() throws {
    var session = try session("zittenblijven-rapportgesprek")
    let opening = "Ik heb u uitgenodigd omdat de rapportvergadering heeft besloten dat Finn blijft zitten."
    var preparation = Preparation()
    preparation.record(opening, for: .opening, analyzer: session.engine.analyzer)
    session.record(preparation)
    #expect(session.opening().contains("Enter gebruikt je openingszin"))
    _ = session.handle("")
    let first = try #require(session.transcript.turns.first)
    #expect(first.speaker == .docent)
    #expect(first.text == opening)
    #expect(session.state.turn == 1)
    #expect(session.transcript.turns.dropFirst().first?.speaker == .ouder, "de ouder reageert op het nieuws")
    // The report judges the prepared line as an opening too: purpose and news, no room left yet.
    let report = SessionReport(transcript: session.transcript, scenario: session.scenario).markdown()
    #expect(report.contains("Over je openingszin: [x] doel genoemd, [x] het nieuws gebracht, [ ] ruimte"))
    // The chart starts at the scenario's start state, then one bar per reply.
    let start = try #require(session.scenario.emotions.state(session.scenario.emotions.start))
    #expect(report.contains("Verloop: \(start.name) (\(start.intensity))"))
  }

  @Test(
    "de feedback op de opening gaat over doel, nieuws en ruimte voor de reactie",
    arguments: [
      (
        "Ik heb u uitgenodigd omdat de vergadering heeft besloten dat Finn blijft zitten. Wat doet dat met u?", true,
        true, true
      ),
      ("Ik heb u uitgenodigd om over Finn te praten.", true, false, false),
      ("Finn blijft zitten.", false, true, false),
    ])
  func openingFeedback(_ reply: String, purpose: Bool, news: Bool, room: Bool) throws {
    var session = try session("zittenblijven-rapportgesprek")
    let shown = session.handle(reply)
    let check = try #require(session.openingCheck)
    #expect(check.purpose == purpose)
    #expect(check.news == news)
    #expect(check.room == room)
    #expect(shown.contains("» Opening:"))
    #expect(!shown.contains("benoem het gevoel"), "geen gevoelsreflectie vragen voordat de ouder iets zei")
    // The second reply gets the usual feedback again.
    let next = session.handle("Ik hoor dat u teleurgesteld bent.")
    #expect(!next.contains("» Opening:"))
  }

  @Test("het moment om vroegtijdig af te ronden staat op het scherm als het komt")
  func earlyEndingMomentShown() throws {
    let scenario = try #require(BuiltInScenario.loaded.scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: ClosingSentences.analyzer)
    var session = PracticeSession(engine: engine, seed: 7, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
    var shown: [String] = []
    for line in [ClosingSentences.provoke, ClosingSentences.neutral, ClosingSentences.neutral] {
      shown.append(session.handle(line))
    }
    let advised = try #require(session.state.earlyEndingAdvisedAtTurn)
    #expect(shown[advised - 1].contains("Moment om af te ronden"))
    #expect(shown.filter { $0.contains("Moment om af te ronden") }.count == 1)
  }
}
