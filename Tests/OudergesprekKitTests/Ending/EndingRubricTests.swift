import OudergesprekKit
import Testing

@Suite("Rubric voor het afronden")
struct EndingRubricTests {
  typealias S = ClosingSentences

  @Test("een goede vroegtijdige afronding haalt elk criterium en 100 punten")
  func goodEarlyEnding() {
    let result = EndingRubric.judge(
      S.analyses(S.announce, S.iMessage, S.feeling, S.nextStep, S.thanks), kind: .vroeg)
    #expect(result.criteria.map(\.id) == EndingCriterion.ID.criteria(for: .vroeg).map(\.rawValue))
    #expect(result.criteria.allSatisfy { $0.met })
    #expect(result.score == 100)
  }

  @Test("zonder vervolgstap mist alleen dat criterium, met Nederlandse uitleg wat er ontbreekt")
  func missingNextStep() throws {
    let result = EndingRubric.judge(S.analyses(S.announce, S.iMessage, S.feeling, S.thanks), kind: .vroeg)
    let next = try #require(result.criterion(.vervolgafspraak))
    #expect(!next.met && next.points == 0)
    #expect(next.feedback.contains("wanneer, hoe en met wie"))
    #expect(result.criteria.filter { !$0.met }.map(\.id) == ["vervolgafspraak"])
    #expect(result.score == 100 - EndingCriterion.ID.vervolgafspraak.maxPoints)
  }

  @Test("een verwijt als reden telt niet als reden zonder verwijt en is een blokkade")
  func blameIsNoReason() throws {
    let result = EndingRubric.judge(S.analyses(S.announce, S.blame, S.nextStep), kind: .vroeg)
    #expect(try #require(result.criterion(.reden)).met == false)
    let blockade = try #require(result.criterion(.geenBlokkade))
    #expect(!blockade.met)
    #expect(blockade.feedback.contains("jij-boodschap"))
  }

  @Test("een reden vanuit jezelf zonder volledige ik-boodschap krijgt een deel van de punten")
  func partialReason() throws {
    let full = try #require(EndingRubric.judge(S.analyses(S.iMessage), kind: .vroeg).criterion(.reden))
    let partial = try #require(EndingRubric.judge(S.analyses(S.partialReason), kind: .vroeg).criterion(.reden))
    #expect(partial.met)
    #expect(partial.points > 0 && partial.points < full.points)
    #expect(partial.feedback.contains("gevolg"))
  }

  @Test("op tijd afronden vraagt een samenvatting in plaats van een reden")
  func onTimeAsksForSummary() throws {
    let ids = EndingCriterion.ID.criteria(for: .opTijd)
    #expect(ids.contains(.samenvatting) && !ids.contains(.reden))
    let without = EndingRubric.judge(S.analyses(S.announce, S.nextStep, S.thanks), kind: .opTijd)
    #expect(try #require(without.criterion(.samenvatting)).met == false)
    let with = EndingRubric.judge(S.analyses(S.announce, S.summary, S.feeling, S.thanks), kind: .opTijd)
    #expect(with.criteria.allSatisfy { $0.met })
    #expect(with.score == 100)
  }

  @Test("zonder slotwoorden haalt geen enkel criterium punten")
  func nothingSaid() {
    let result = EndingRubric.judge([], kind: .vroeg)
    #expect(result.score == 0)
    #expect(result.criteria.allSatisfy { !$0.met })
  }

  @Test("de criteria van elke soort afronding tellen op tot 100", arguments: EndingKind.allCases)
  func weightsAddUp(kind: EndingKind) {
    #expect(EndingCriterion.ID.criteria(for: kind).reduce(0) { $0 + $1.maxPoints } == 100)
  }
}
