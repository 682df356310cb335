extension SessionReview {
  /// The analyser's view on a criterion: a score from 1 to 5 (nil when the session gives no grounds) and why.
  public struct CriterionView: Sendable, Equatable {
    public var score: Int?
    public var reason: String
  }

  /// The analyser's view on each criterion, to set beside the trainee's own scores.
  public func view(on criterion: AssessmentCriterion) -> CriterionView {
    let all = replies
    guard !all.isEmpty else { return CriterionView(score: nil, reason: "geen antwoorden gegeven") }
    switch criterion {
    case .ikBoodschappen:
      let counts = self.counts
      let (full, complete, partial) = (counts.iMessages, counts.completeIMessages, counts.partialIMessages)
      let blaming = counts.youMessages
      var score = complete > 0 ? 5 : full > 0 ? 4 : partial > 0 ? 2 : 1
      if blaming > 0 { score = min(score, 2) }
      var reason = "\(full) ik-boodschap\(full == 1 ? "" : "pen") (\(complete) compleet), \(partial) aanzet"
      if blaming > 0 { reason += ", \(blaming) jij-boodschap\(blaming == 1 ? "" : "pen")" }
      return CriterionView(score: score, reason: reason)
    case .actiefLuisteren:
      let share = listeningShare ?? 0
      let score = share >= 0.6 ? 5 : share >= 0.45 ? 4 : share >= 0.3 ? 3 : share >= 0.15 ? 2 : 1
      return CriterionView(score: score, reason: "\(ReportFormat.percent(share)) van je antwoorden luisterde actief")
    case .blokkadesVermeden:
      let count = blockadeCount
      let score = count == 0 ? 5 : count == 1 ? 4 : count == 2 ? 3 : count <= 4 ? 2 : 1
      return CriterionView(score: score, reason: "\(count) blokkade\(count == 1 ? "" : "s")")
    case .emotioneleAfstand:
      let heated = all.filter { ($0.parentBefore?.emotion.intensity ?? 0) >= 7 }
      guard !heated.isEmpty else {
        return CriterionView(score: nil, reason: "de ouder werd niet heftig (7/10 of meer)")
      }
      let reacted = heated.filter { reply in reply.markers.contains(where: \.isBlocking) }
      let score = 5 - Int((4.0 * Double(reacted.count) / Double(heated.count)).rounded())
      return CriterionView(
        score: score,
        reason:
          "bij \(reacted.count) van de \(heated.count) antwoorden op een heftige ouder reageerde je met een blokkade of verwijt"
      )
    case .afronding:
      let score = closingScore
      if let ending = transcript.ending {
        let met = ending.criteria.filter(\.met).compactMap { EndingCriterion.ID(rawValue: $0.id)?.label }
        let done = met.isEmpty ? "geen onderdeel van de afsluiting gehaald" : met.joined(separator: ", ")
        return CriterionView(score: score, reason: "afsluiting \(ending.score)/100: \(done)")
      }
      let closing = Set(all.suffix(3).flatMap(\.markers).filter { $0.family == .afronding })
      let names = closing.sorted().map(\.dutchName)
      let outcome = transcript.outcome.map { $0.sentence(after: transcript.ending) } ?? "Het gesprek is niet afgerond."
      let used = names.isEmpty ? "geen afrondende stappen aan het eind" : names.joined(separator: ", ")
      return CriterionView(score: score, reason: "\(used); \(outcome.lowercasedFirst)")
    }
  }

  /// The ending's score, 1 to 5: the judged closing's 0–100 scaled, or else the closing steps in the last three
  /// replies (announce, agree, thank) and a resolved parent.
  public var closingScore: Int {
    if let ending = transcript.ending { return min(5, max(1, 1 + Int((Double(ending.score) / 25).rounded()))) }
    let closing = Set(replies.suffix(3).flatMap(\.markers).filter { $0.family == .afronding })
    return min(5, 1 + closing.count + (transcript.outcome == .opgelost ? 1 : 0))
  }
}

extension String {
  /// The string with its first letter in lower case.
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
