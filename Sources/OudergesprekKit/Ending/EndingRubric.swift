import Foundation

/// Judges a teacher's closing words on the rubric for a professional ending.
///
/// It reads only the analyser's marker ids and ik-boodschap parts, so any `ReplyAnalyzer` can drive it.
public enum EndingRubric {
  /// Markers that make closing words rude: the parent feels sent away and walks out (from `MarkerKnowledge`).
  public static let rudeMarkers = Set(MarkerKnowledge.all.filter(\.rudeInClosing).map(\.marker))

  /// Markers that put blame on the parent or the student, so a reason with them is no reason "without blame".
  static let blameMarkers = Set(MarkerKnowledge.all.filter(\.blames).map(\.marker))

  /// Judges all closing words together (one or more replies); `agreedEarlier` when a concrete next step was
  /// already agreed during the conversation.
  public static func judge(
    _ replies: [ReplyAnalysis], kind: EndingKind, startedAtTurn: Int = 0, agreedEarlier: Bool = false
  ) -> EndingAssessment {
    var words = ClosingWords(replies)
    words.agreedEarlier = agreedEarlier
    let criteria = EndingCriterion.ID.criteria(for: kind).map { judge($0, words: words, kind: kind) }
    return EndingAssessment(kind: kind, criteria: criteria, startedAtTurn: startedAtTurn)
  }

  /// Whether a reply is rude enough for the parent to walk out.
  public static func isRude(_ analysis: ReplyAnalysis) -> Bool {
    !analysis.markerSet.isDisjoint(with: rudeMarkers)
  }

  /// What the teacher's closing words hold, all replies together.
  struct ClosingWords {
    var markers: Set<Marker>
    var parts: Set<IMessagePart>
    var isEmpty: Bool
    /// A concrete next step was agreed during the conversation.
    var agreedEarlier = false

    init(_ replies: [ReplyAnalysis]) {
      markers = replies.reduce(into: []) { $0.formUnion($1.markers) }
      parts = replies.reduce(into: []) { $0.formUnion($1.iMessageParts) }
      isEmpty = replies.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    var blockades: [Marker] { markers.filter(\.isBlocking).sorted() }
  }

  private static func judge(_ id: EndingCriterion.ID, words: ClosingWords, kind: EndingKind) -> EndingCriterion {
    let (points, feedback) = EndingFeedback.points(for: id, words: words, kind: kind)
    return EndingCriterion(id: id, met: points * 2 > id.maxPoints, points: points, feedback: feedback)
  }
}
