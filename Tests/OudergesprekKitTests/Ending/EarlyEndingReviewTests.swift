import OudergesprekKit
import Testing

@Suite("Het moment om vroegtijdig af te ronden")
struct EarlyEndingReviewTests {
  typealias S = ClosingSentences

  private func ending(_ kind: EndingKind, at turn: Int, _ sentences: String...) -> EndingAssessment {
    EndingRubric.judge(sentences.map(S.analyzer.analyze), kind: kind, startedAtTurn: turn)
  }

  @Test("op tijd gestopt met een goede afsluiting: herkend en goed afgerond")
  func recognisedAndGood() throws {
    let good = ending(.vroeg, at: 6, S.announce, S.iMessage, S.feeling, S.nextStep, S.thanks)
    let review = try #require(
      EarlyEndingReview.review(advisedAtTurn: 5, ending: good, outcome: .gestopt, explanation: nil))
    #expect(review.verdict == .herkendGoedAfgerond)
    #expect(review.advisedAtTurn == 5 && review.stoppedAtTurn == 6)
    #expect(review.judgement.contains("beurt 5"))
  }

  @Test("op tijd gestopt maar slecht afgerond")
  func recognisedButPoor() throws {
    let poor = ending(.vroeg, at: 5, S.announce)
    let review = try #require(
      EarlyEndingReview.review(advisedAtTurn: 5, ending: poor, outcome: .gestopt, explanation: nil))
    #expect(review.verdict == .herkendMatigAfgerond)
  }

  @Test("doorgegaan na het moment, of pas veel later gestopt")
  func pushedOn() throws {
    let on = try #require(
      EarlyEndingReview.review(advisedAtTurn: 4, ending: nil, outcome: .geescaleerd, explanation: "Rond af."))
    #expect(on.verdict == .doorgegaan)
    #expect(on.stoppedAtTurn == nil)
    #expect(on.judgement.contains("liep uiteindelijk weg"))
    let onTime = ending(.opTijd, at: 15, S.announce)
    #expect(
      EarlyEndingReview.review(advisedAtTurn: 4, ending: onTime, outcome: .tijdOm, explanation: nil)?.verdict
        == .doorgegaan)
    let late = ending(.vroeg, at: 4 + EarlyEndingReview.graceTurns + 1, S.announce)
    #expect(
      EarlyEndingReview.review(advisedAtTurn: 4, ending: late, outcome: .gestopt, explanation: nil)?.verdict
        == .laatHerkend)
  }

  @Test("vroeg gestopt zonder aanleiding; geen moment en niet vroeg gestopt: geen oordeel")
  func withoutReason() {
    let early = ending(.vroeg, at: 1, S.announce)
    #expect(
      EarlyEndingReview.review(advisedAtTurn: nil, ending: early, outcome: .gestopt, explanation: nil)?.verdict
        == .zonderAanleiding)
    #expect(EarlyEndingReview.review(advisedAtTurn: nil, ending: nil, outcome: .opgelost, explanation: nil) == nil)
  }
}
