/// The analyser's view of a session as a score from 1 to 5 per criterion: the one place this mapping is defined.
///
/// It counts what the analyser found in the teacher's replies (the transcript's markers) and turns the counts into
/// scores with fixed, explainable thresholds, so that a colleague's or the teacher's own scores can sit beside it.
public enum AnalyserScoring {
  /// The scores for a session, one per criterion in order; empty when the teacher gave no reply.
  public static func scores(for transcript: Transcript) -> [CriterionScore] {
    scores(
      replies: transcript.turns.filter { $0.speaker == .docent }, outcome: transcript.outcome,
      ending: transcript.ending)
  }

  /// The scores for the teacher's replies, how the conversation ended, and the judged closing if there was one.
  public static func scores(
    replies: [TranscriptTurn], outcome: ConversationOutcome?, ending: EndingAssessment? = nil
  ) -> [CriterionScore] {
    guard !replies.isEmpty else { return [] }
    let markers = replies.map { Set($0.markers ?? []) }
    return AssessmentCriterion.allCases.map { criterion in
      switch criterion {
      case .ikBoodschappen: iMessages(replies, markers)
      case .luisteren: listening(markers)
      case .blokkadesVermeden: blockades(markers)
      case .afronding: ending.map(closing) ?? endingMoves(markers, outcome: outcome)
      }
    }
  }

  /// 1: none; 2: only parts; 3: one; 4: two or more; 5: two or more and one with gedrag, gevolg and gevoel.
  /// Each jij-boodschap costs a point.
  static func iMessages(_ replies: [TranscriptTurn], _ markers: [Set<Marker>]) -> CriterionScore {
    let full = markers.filter { $0.contains(.ikBoodschap) }.count
    let complete = zip(replies, markers).filter {
      $1.contains(.ikBoodschap) && Set($0.iMessageParts ?? []).count == IMessagePart.allCases.count
    }.count
    let partial = zip(replies, markers).filter { !$1.contains(.ikBoodschap) && !($0.iMessageParts ?? []).isEmpty }
      .count
    let blame = markers.filter { $0.contains(.jijBoodschap) }.count
    let base =
      switch full {
      case 0: partial > 0 ? 2 : 1
      case 1: 3
      default: complete > 0 ? 5 : 4
      }
    var parts = ["\(full) ik-boodschap\(full == 1 ? "" : "pen")"]
    if complete > 0 { parts.append("\(complete) met gedrag, gevolg en gevoel") }
    if partial > 0 { parts.append("\(partial) half") }
    if blame > 0 { parts.append("\(blame) jij-boodschap\(blame == 1 ? "" : "pen")") }
    return CriterionScore(
      criterion: .ikBoodschappen, score: base - blame,
      explanation: parts.joined(separator: ", ") + " in \(count(replies.count))")
  }

  /// The share of replies with a listening marker: 0 → 1, under ¼ → 2, under ½ → 3, under ¾ → 4, else 5.
  static func listening(_ markers: [Set<Marker>]) -> CriterionScore {
    let listening = markers.filter { $0.contains { $0.family == .luisteren } }.count
    let share = Double(listening) / Double(markers.count)
    let score = listening == 0 ? 1 : share < 0.25 ? 2 : share < 0.5 ? 3 : share < 0.75 ? 4 : 5
    return CriterionScore(
      criterion: .luisteren, score: score,
      explanation: "\(listening) van \(count(markers.count)) met actief luisteren")
  }

  /// The number of blockades: 0 → 5, 1 → 4, 2 → 3, 3 or 4 → 2, 5 or more → 1.
  static func blockades(_ markers: [Set<Marker>]) -> CriterionScore {
    let found = markers.flatMap { $0.filter(\.isBlockade).sorted() }
    let score = found.isEmpty ? 5 : found.count == 1 ? 4 : found.count == 2 ? 3 : found.count <= 4 ? 2 : 1
    var explanation = "\(found.count) blokkade\(found.count == 1 ? "" : "s")"
    if !found.isEmpty {
      var names: [String] = []
      for marker in found where !names.contains(marker.dutchName) { names.append(marker.dutchName) }
      explanation += " (\(names.joined(separator: ", ")))"
    }
    return CriterionScore(
      criterion: .blokkadesVermeden, score: score, explanation: explanation + " in \(count(markers.count))")
  }

  /// The closing's rubric score (0–100) in five steps: 0 → 1, 25 → 2, 50 → 3, 75 → 4, 100 → 5 (rounded).
  static func closing(_ assessment: EndingAssessment) -> CriterionScore {
    CriterionScore(
      criterion: .afronding, score: 1 + (assessment.score * 4 + 50) / 100,
      explanation: "de afsluiting scoorde \(assessment.score) van 100")
  }

  /// Without a judged closing: one point plus one for each kind of ending move used (einde aankondigen, vervolgafspraak, bedanken),
  /// plus one when the parent was ready to make agreements.
  static func endingMoves(_ markers: [Set<Marker>], outcome: ConversationOutcome?) -> CriterionScore {
    let used = MarkerFamily.afronding.markers.filter { marker in markers.contains { $0.contains(marker) } }
    let resolved = outcome == .opgelost
    var explanation = used.isEmpty ? "geen afrondende zet" : used.map(\.dutchName).joined(separator: ", ")
    if resolved { explanation += "; de ouder was klaar voor afspraken" }
    return CriterionScore(criterion: .afronding, score: 1 + used.count + (resolved ? 1 : 0), explanation: explanation)
  }

  private static func count(_ replies: Int) -> String {
    "\(replies) antwoord\(replies == 1 ? "" : "en")"
  }
}
