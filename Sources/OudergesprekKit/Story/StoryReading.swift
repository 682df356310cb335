/// What one teacher reply does for the story: the topics and points it names, whether it asks or paraphrases.
struct StoryReading: Sendable {
  var topics: [String] = []
  /// The topics of a question that follows something else in the reply; they come first in `topics`.
  var askedTopics: [String] = []
  var points: [String] = []
  var answers: [String] = []
  /// An open question (by marker or by its first word): asked well enough to open a key fact.
  var asksWell = false
  /// A paraphrase or summary of what she said.
  var paraphrases = false
  /// A question about an unrelated everyday subject, without a word of the story.
  var sideTrack = false
  /// A greeting or how-are-you question to her ("Hoe gaat het met u?"): small talk, not a question on the case.
  var smallTalk = false
  /// A proposal of a next step ("Zullen we afspreken dat ik u volgende week bel?", "Ik stel voor dat ...").
  var proposes = false
  /// A question on the case (not a side track, no proposal) that names none of her topics or the school's points.
  var asksUnmatched = false
  /// An open question on the case that names no topic ("Wat is er gebeurd met Sanne?"): it asks for her story,
  /// answered with what she has not told yet; only a vague question is answered by asking what is meant.
  var asksForStory = false
  var manner = RaisedSchoolPoint.Manner.neutraal

  init() {}

  init(_ analysis: ReplyAnalysis, matcher: TopicMatcher, studentName: String?) {
    let text = analysis.text
    let markers = analysis.markerSet
    let named = matcher.topics(in: text)
    // A general open question that names no topic reaches the topic of its kind (tried, expects, home).
    let all = named.isEmpty && matcher.questionShape(of: text).asks ? matcher.generalTopics(in: text) : named
    askedTopics = Self.askedTopics(in: text, matcher: matcher).filter(all.contains)
    topics = askedTopics + all.filter { !askedTopics.contains($0) }
    points = matcher.schoolPoints(in: text)
    answers = matcher.answeredQuestions(in: text)
    let shape = matcher.questionShape(of: text)
    paraphrases = markers.contains(.parafrase) || markers.contains(.samenvatting)
    asksWell = markers.contains(.openVraag) || shape.opensWithQuestionWord || paraphrases
    let onCase =
      !topics.isEmpty || !points.isEmpty || !answers.isEmpty
      || (studentName.map { matcher.names($0, in: text) } ?? false)
    let lower = text.lowercased().filter { $0.isLetter || $0 == " " }
    smallTalk =
      shape.asks && topics.isEmpty && points.isEmpty
      && DutchStoryWords.smallTalk.contains { lower.hasPrefix($0) || lower.contains(" " + $0) }
    sideTrack =
      shape.asks && !onCase && !smallTalk && !ProposalReaction.proposes(text, markers: markers)
      && (matcher.namesUnrelatedSubject(text) || matcher.isOffCase(text))
    let proposes =
      markers.contains(.vervolgafspraak) || markers.contains(.afrondingAankondigen) || markers.contains(.bedanken)
      || ProposalEcho.phrase(in: text) != nil
    self.proposes = ProposalReaction.proposes(text, markers: markers)
    asksUnmatched =
      shape.asks && !sideTrack && !smallTalk && topics.isEmpty && points.isEmpty && answers.isEmpty && !proposes
    asksForStory =
      asksUnmatched && asksWell && !paraphrases
      && (matcher.refersToCase(text) || matcher.namesSchool(text)
        || (studentName.map { matcher.names($0, in: text) } ?? false))
    if markers.contains(.jijBoodschap) || markers.contains(.bekritiseren) || markers.contains(.etiketteren) {
      manner = .jijBoodschap
    } else if markers.contains(.ikBoodschap) {
      manner = .ikBoodschap
    }
  }

  /// The topics of the reply's last question when something else comes before it ("Dus ze is moe. Hoe gaat het
  /// met haar vriendinnen?"): the question is what she answers, not the paraphrase of what she said before.
  static func askedTopics(in text: String, matcher: TopicMatcher) -> [String] {
    var sentences: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if ".?!".contains(character) {
        sentences.append(current)
        current = ""
      }
    }
    sentences.append(current)
    sentences.removeAll { $0.allSatisfy { $0.isWhitespace || ".?!".contains($0) } }
    guard sentences.count > 1,
      let index = sentences.lastIndex(where: {
        matcher.questionShape(of: $0).asks && !matcher.topics(in: $0).isEmpty
      }), index > 0
    else { return [] }
    return matcher.topics(in: sentences[index])
  }
}
