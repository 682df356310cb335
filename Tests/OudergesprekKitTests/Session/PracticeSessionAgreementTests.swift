import Foundation
import Testing

@testable import OudergesprekKit

@Suite("Afronden nadat de ouder klaar is voor afspraken")
struct PracticeSessionAgreementTests {
  typealias S = ClosingSentences

  /// The minimal scenario: two listening replies in a row resolve it.
  private func resolvedSession() throws -> PracticeSession {
    let analyzer = ScriptedAnalyzer([
      "luister": [.gevoelsreflectie], S.summary: [.samenvatting, .vervolgafspraak], S.thanks: [.bedanken],
      S.announce: [.afrondingAankondigen], S.blame: [.jijBoodschap],
    ])
    let engine = ConversationEngine(scenario: try Fixtures.minimalScenario(), analyzer: analyzer)
    var session = PracticeSession(engine: engine, seed: 1, style: .plain, clock: { Date(timeIntervalSince1970: 0) })
    _ = session.handle("luister")
    let text = session.handle("luister")
    #expect(text.contains("De ouder is klaar om afspraken te maken. Rond het gesprek nu af"))
    return session
  }

  @Test("het gesprek is pas klaar als de docent heeft afgerond; een goede afsluiting houdt het resultaat 'opgelost'")
  func closingAfterAgreement() throws {
    var session = try resolvedSession()
    #expect(!session.isFinished)
    #expect(session.transcript.outcome == nil)
    for line in [S.announce, S.summary, S.thanks, ""] { _ = session.handle(line) }
    #expect(session.isFinished)
    #expect(session.transcript.outcome == .opgelost)
    let ending = try #require(session.transcript.ending)
    #expect(ending.kind == .opTijd)
    #expect(ending.criteria.first { $0.id == "samenvatting" }?.met == true)
  }

  @Test("één verwijt in de afsluiting kost een rustige ouder vertrouwen; een tweede verspeelt de afspraak")
  func rudeClosingAfterAgreement() throws {
    var session = try resolvedSession()
    _ = session.handle(S.blame)
    #expect(!session.isFinished, "een rustige ouder loopt niet weg om één botte zin (issue 11)")
    _ = session.handle(S.blame)
    #expect(session.isFinished)
    #expect(session.transcript.outcome == .geescaleerd)
  }
}
