import Foundation

/// The colleague's scores at the end of a session for two.
extension TogetherSession {
  /// A score from the colleague: 1 to 5, Enter to skip, `/stop` to skip the rest.
  mutating func score(_ line: String, for criterion: AssessmentCriterion) -> String {
    let answer = line.trimmingCharacters(in: .whitespaces)
    if answer.lowercased() == "/stop" {
      turn = .comment
      return renderer.intro(to: turn)
    }
    if !answer.isEmpty {
      guard let value = SelfAssessment.parse(answer) else {
        return renderer.invalidScore(answer)
      }
      colleagueScores[criterion] = value
      transcript.review = ScoreComparison(colleague: colleagueScores, transcript: transcript)
    }
    let all = AssessmentCriterion.allCases
    if let index = all.firstIndex(of: criterion), index + 1 < all.count {
      turn = .score(all[index + 1])
    } else {
      turn = .comment
    }
    return renderer.intro(to: turn)
  }

  /// Puts the analyser's view (and the colleague's scores so far) in the transcript.
  mutating func startReview() {
    transcript.review = ScoreComparison(colleague: colleagueScores, transcript: transcript)
  }
}
