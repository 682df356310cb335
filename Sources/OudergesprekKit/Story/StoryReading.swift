/// What one teacher reply does for the story: the topics and points it names, whether it asks or paraphrases.
struct StoryReading: Sendable {
  var topics: [String] = []
  var points: [String] = []
  var answers: [String] = []
  /// An open question (by marker or by its first word): asked well enough to open a key fact.
  var asksWell = false
  /// A paraphrase or summary of what she said.
  var paraphrases = false
  /// A question about an unrelated everyday subject, without a word of the story.
  var sideTrack = false
  /// A question on the case (not a side track, no proposal) that names none of her topics or the school's points.
  var asksUnmatched = false
  var manner = RaisedSchoolPoint.Manner.neutraal

  init() {}

  init(_ analysis: ReplyAnalysis, matcher: TopicMatcher, studentName: String?) {
    let text = analysis.text
    let markers = analysis.markerSet
    topics = matcher.topics(in: text)
    points = matcher.schoolPoints(in: text)
    answers = matcher.answeredQuestions(in: text)
    let shape = matcher.questionShape(of: text)
    paraphrases = markers.contains(.parafrase) || markers.contains(.samenvatting)
    asksWell = markers.contains(.openVraag) || shape.opensWithQuestionWord || paraphrases
    let onCase =
      !topics.isEmpty || !points.isEmpty || !answers.isEmpty
      || (studentName.map { matcher.names($0, in: text) } ?? false)
    sideTrack = shape.asks && !onCase && matcher.namesUnrelatedSubject(text)
    let proposes =
      markers.contains(.vervolgafspraak) || markers.contains(.afrondingAankondigen) || markers.contains(.bedanken)
      || ProposalEcho.phrase(in: text) != nil
    asksUnmatched = shape.asks && !sideTrack && topics.isEmpty && points.isEmpty && answers.isEmpty && !proposes
    if markers.contains(.jijBoodschap) || markers.contains(.bekritiseren) || markers.contains(.etiketteren) {
      manner = .jijBoodschap
    } else if markers.contains(.ikBoodschap) {
      manner = .ikBoodschap
    }
  }
}
