import Foundation
import Testing

@testable import OudergesprekKit

/// The judgements of one session agree with each other: early only when the goal was not reached, agreements of
/// the conversation count in the closing, one outcome sentence, and the closing words apart from the conversation.
@Suite("Oordelen die met elkaar kloppen")
struct VerdictAgreementTests {
  typealias S = ClosingSentences

  /// The minimal scenario: the parent waits (5/10) and two listening replies in a row resolve it.
  private func minimalSession() throws -> PracticeSession {
    let analyzer = ScriptedAnalyzer([
      "luister": [.gevoelsreflectie], S.nextStep: [.vervolgafspraak], S.thanks: [.bedanken],
      S.announce: [.afrondingAankondigen], "vraag": [],
    ])
    let engine = ConversationEngine(scenario: try Fixtures.minimalScenario(), analyzer: analyzer)
    return PracticeSession(engine: engine, seed: 1, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  private func defaultSession(seed: UInt64 = 1) throws -> PracticeSession {
    let scenario = try #require(BuiltInScenario.loaded.scenario)
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    return PracticeSession(engine: engine, seed: seed, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
  }

  @discardableResult
  private func play(_ lines: [String], in session: inout PracticeSession) -> String {
    lines.map { session.handle($0) }.joined(separator: "\n")
  }

  @Test("/stop nadat een vervolgstap is afgesproken en de ouder één stap van afspraken is: geen vroegtijdig einde")
  func stopAfterGoalIsNotEarly() throws {
    var session = try minimalSession()
    play(["luister", S.nextStep], in: &session)
    #expect(session.goalReached)
    play(["/stop", S.thanks, ""], in: &session)
    let ending = try #require(session.transcript.ending)
    #expect(ending.kind == .opTijd)
    #expect(session.transcript.earlyEnding == nil, "geen oordeel 'vroegtijdig zonder aanleiding'")
    #expect(ending.protested == false, "de afspraak uit het gesprek telt: geen 'en wat gebeurt er nu?'")
    #expect(ending.reaction == .accepteert)
    #expect(ending.criterion(.vervolgafspraak)?.met == true)
  }

  @Test("/stop zonder afspraak is wel vroegtijdig, met het oordeel 'zonder aanleiding'")
  func stopWithoutAgreementIsEarly() throws {
    var session = try minimalSession()
    play(["vraag", "/stop", S.announce, S.thanks, "", ""], in: &session)
    #expect(session.transcript.ending?.kind == .vroeg)
    #expect(session.transcript.earlyEnding?.verdict == .zonderAanleiding)
  }

  @Test("na een afgesproken vervolgstap en 'klaar voor afspraken' protesteert de ouder niet bij een kort afscheid")
  func agreementDuringConversationCountsInClosing() throws {
    var session = try defaultSession()
    // A skilled mentor (the default scenario's own test conversation) up to the proposal the mother accepts.
    let replies = [
      "Goedemiddag mevrouw De Boer, fijn dat u vrij kon nemen. Ik heb u uitgenodigd omdat ik me zorgen maak om Sanne.",
      "Ik hoor dat u gespannen bent over waarom u hier zit.",
      "Ik maak me zorgen, want Sanne staat sinds de kerstvakantie voor drie vakken onvoldoende, terwijl ze in de "
        + "eerste periode gemiddeld een 7,2 had.",
      "Hoe gaat het thuis met Sanne sinds de kerstvakantie?",
      "Dat klinkt als een zware tijd voor u allebei.",
      "Hoe slaapt Sanne de laatste tijd?",
      "In de klas zie ik dat ze stil is en in de pauze vaak alleen zit, en dat raakt me.",
      "Hoe gaat het met haar vriendinnen?",
      "Nee, het komt niet in haar dossier. Wat we bespreken noteer ik alleen als afspraak, samen met u.",
      "Ik stel voor dat Sanne een gesprekje krijgt bij de vertrouwenspersoon en dat ik u volgende week donderdag "
        + "bel hoe het gaat.",
    ]
    for reply in replies where session.ending == nil { session.handle(reply) }
    #expect(session.ending?.afterAgreement == true)
    let proposed = session.transcript.turns.contains { $0.markers?.contains(.vervolgafspraak) == true }
    #expect(proposed, "de vervolgstap is in het gesprek zelf afgesproken")
    let output = play(["Dank u wel.", ""], in: &session)
    let ending = try #require(session.transcript.ending)
    #expect(ending.protested == false)
    #expect(ending.reaction == .accepteert)
    #expect(session.transcript.outcome == .opgelost)
    let flowing = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains(ConversationOutcome.opgelost.sentence(after: ending)))
  }

  @Test("een leeg afscheid zonder afspraak: één afloop, niet 'vertrekt ontevreden' en daarna 'gelukt'")
  func oneOutcomeSentence() throws {
    var session = try minimalSession()
    play(["luister", "luister"], in: &session)  // resolved, without a next step
    let output = play([S.thanks, "", ""], in: &session)
    let ending = try #require(session.transcript.ending)
    #expect(ending.reaction == .blijftOntevreden)
    #expect(!output.contains(ConversationOutcome.opgelost.sentence))
    #expect(!output.contains(ParentClosingReaction.blijftOntevreden.sentence))
    let report = SessionReport(transcript: session.transcript, scenario: session.scenario).markdown()
    #expect(!report.contains("gelukt"))
    #expect(!report.contains(ConversationOutcome.opgelost.sentence))
  }

  @Test(
    "'gelukt' alleen als de ouder klaar was voor afspraken en de afsluiting accepteert",
    arguments: ConversationOutcome.allCases)
  func successOnlyWhenAccepted(_ outcome: ConversationOutcome) {
    for reaction in ParentClosingReaction.allCases {
      let ending = EndingAssessment(kind: .opTijd, criteria: [], reaction: reaction, startedAtTurn: 1)
      let sentence = outcome.sentence(after: ending)
      #expect(sentence.contains("gelukt") == (outcome == .opgelost && reaction == .accepteert), "\(reaction)")
    }
  }

  @Test("slotwoorden tellen niet als antwoorden en staan niet als beurten in de emotiegrafiek")
  func closingWordsApart() throws {
    var session = try defaultSession()
    play(
      [
        "Ik hoor dat u zich zorgen maakt.", "Kunt u daar meer over vertellen?",
        "Misschien moet u haar telefoon innemen.", "/stop",
        "Ik stel voor dat we het gesprek nu afronden.", "Ik bel u donderdag.", "Dank u wel voor uw komst.", "",
      ], in: &session)
    let review = SessionReview(session.transcript)
    #expect(review.counts.replies == 3)
    #expect(review.closingReplies.count == 3)
    #expect(review.emotionCurve.count == 4, "de start en drie antwoorden")
    #expect(review.counts.listening == 2)
    let report = SessionReport(transcript: session.transcript, scenario: session.scenario).markdown()
    #expect(report.contains("2 van je 3 antwoorden"))
  }
}
