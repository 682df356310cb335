/// Whether the teacher recognised the moment to end early, and how the conversation went from there.
///
/// Stored in the transcript as `earlyEnding` whenever the scenario's point for ending early was reached or the
/// teacher ended early.
public struct EarlyEndingReview: Sendable, Equatable, Codable {
  /// How the teacher dealt with the moment to end early.
  public enum Verdict: String, Sendable, Equatable, Codable, CaseIterable {
    /// Stopped within two turns of the point and ended well (score at least 60).
    case herkendGoedAfgerond = "herkend-goed-afgerond"
    /// Stopped within two turns of the point, but the closing itself needs work.
    case herkendMatigAfgerond = "herkend-matig-afgerond"
    /// Stopped, but more than two turns after the point.
    case laatHerkend = "laat-herkend"
    /// The point was reached, but the teacher did not stop.
    case doorgegaan
    /// The teacher stopped early while the conversation gave no reason for it (yet).
    case zonderAanleiding = "zonder-aanleiding"
  }

  /// The turn at which ending early became the professional move (`earlyEndingAdvisedAtTurn`), if it did.
  public var advisedAtTurn: Int?
  /// The turn at which the teacher started to end the conversation early, if they did.
  public var stoppedAtTurn: Int?
  public var verdict: Verdict
  /// The judgement in Dutch.
  public var judgement: String

  /// The turns a teacher may take after the point and still count as having recognised it.
  public static let graceTurns = 2
  /// The score from which an early ending counts as well done.
  public static let goodScore = 60

  /// The review of a finished session; nil when the point was not reached and the teacher did not end early.
  public static func review(
    advisedAtTurn: Int?, ending: EndingAssessment?, outcome: ConversationOutcome?, explanation: String?
  ) -> EarlyEndingReview? {
    let early = ending?.kind == .vroeg ? ending : nil
    switch (advisedAtTurn, early) {
    case (nil, nil):
      return nil
    case (nil, let ending?):
      return EarlyEndingReview(
        advisedAtTurn: nil, stoppedAtTurn: ending.startedAtTurn, verdict: .zonderAanleiding,
        judgement:
          "Je rondde vroegtijdig af (na beurt \(ending.startedAtTurn)), terwijl het gesprek daar nog geen reden voor gaf: de ouder bleef niet herhaaldelijk heftig. Probeer eerst te luisteren en samen verder te komen."
      )
    case (let advised?, nil):
      let how =
        switch outcome {
        case .geescaleerd?: " (de ouder liep uiteindelijk weg)"
        case .opgelost?: " (het gesprek kwam toch tot afspraken)"
        case .tijdOm?: " tot de tijd om was"
        default: ""
        }
      return EarlyEndingReview(
        advisedAtTurn: advised, stoppedAtTurn: nil, verdict: .doorgegaan,
        judgement: [
          "Bij beurt \(advised) was vroegtijdig afronden de professionele stap, maar je ging door\(how).", explanation,
        ]
        .compactMap { $0 }.joined(separator: " "))
    case (let advised?, let ending?):
      let stopped = ending.startedAtTurn
      if stopped - advised > graceTurns {
        return EarlyEndingReview(
          advisedAtTurn: advised, stoppedAtTurn: stopped, verdict: .laatHerkend,
          judgement:
            "Het moment om af te ronden kwam bij beurt \(advised); je stopte pas na beurt \(stopped). Herken eerder dat het gesprek vastloopt."
        )
      }
      let good = ending.score >= goodScore
      return EarlyEndingReview(
        advisedAtTurn: advised, stoppedAtTurn: stopped, verdict: good ? .herkendGoedAfgerond : .herkendMatigAfgerond,
        judgement: good
          ? "Je herkende het moment om vroegtijdig af te ronden (beurt \(advised)) en rondde professioneel af (score \(ending.score))."
          : "Je herkende het moment om vroegtijdig af te ronden (beurt \(advised)), maar de afronding zelf kan beter (score \(ending.score)); zie de punten hierboven."
      )
    }
  }
}
