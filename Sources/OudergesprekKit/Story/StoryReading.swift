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
  /// A general question (the child's own view, what helps, what holds him back, ...) of a kind the story has no
  /// topic for: she says she does not know, rather than answering on another topic.
  var asksKindWithoutTopic = false
  /// That question asks what the child thinks.
  var asksTheChild = false
  /// Her honest answers to that question when she has none.
  var unknownLines: [String] = []
  /// The teacher acknowledges her feeling or situation without asking anything ("Ik hoor hoe boos u bent").
  var acknowledges = false
  /// A statement that reassures her ("U bent zeker geen slechte moeder.", "Het komt niet in zijn dossier."): she
  /// takes it (relieved, with a 'maar', or doubting it, by her state) before she goes on.
  var reassures = false
  /// A question that invites her own questions or list ("Wat staat er voor u bovenaan?"): she asks her question.
  var invitesHerQuestions = false
  /// A reflection of a pleasant feeling ("Dat klinkt heerlijk") that names none of her topics: no acknowledgement
  /// of her situation; after a side track it goes on with the side track.
  var reflectsPleasure = false
  /// A statement that admits a fault of the teacher or school ("Daar hebt u een punt: ik had eerder moeten
  /// bellen."): she takes the admission, not a school's point its words happen to name.
  var admitsFault = false
  /// The acknowledgement of this reply was taken already; what follows is the rest of her turn.
  var acknowledgementTaken = false
  /// Her reaction to the answer in this reply was taken already; what follows is her answer to its question.
  var answerTaken = false
  /// A statement shaped as an answer to a question ("Nee, ik heb niets tegen haar.", "Ja, dat kan.").
  var answerShape = false
  /// A greeting or welcome that asks nothing ("Goedemiddag mevrouw Nowak. Fijn dat u er bent."), also with the
  /// conversation's purpose: she greets back and says what she expects or worries about, not a topic line.
  var greets = false
  /// A greeting followed by small talk ("Goedemiddag. Het is koud geworden, hè."): a side track for her answer,
  /// but ordinary politeness, not a change of subject that costs trust.
  var greetsWithSmallTalk = false
  /// Listening or a plan about everyday things: a side track for her answer, but friendly, not a change of subject
  /// that costs trust.
  var listensOffCase = false
  /// A paraphrase that says what she said ("Dus u zegt dat ..."), not what she feels or means ("Als ik u goed
  /// begrijp, vindt u het oneerlijk"): only such a paraphrase of what she did not say is corrected.
  var attributesSaying = false
  /// A feeling the reply checks with her ("Ik hoor ook angst, is dat zo?", "Klopt het dat u boos bent?"), when
  /// the check names none of her topics besides: she confirms or corrects it.
  var checkedFeeling: (word: String, family: FeelingFamily)?
  /// A question how it was or is for her ("Hoe was dat voor u?") that names no topic: she says how she feels.
  var asksHerFeeling = false
  /// A statement that picks up her question ("Je vraagt of ...: nee, ..."): it answers her question.
  var answersHerQuestion = false
  /// A statement that explains the next step, the procedure or sums up what will happen: it answers her question
  /// what is going to happen.
  var explainsNextStep = false

  init() {}

  init(_ analysis: ReplyAnalysis, matcher: TopicMatcher, studentName: String?, parentName: String? = nil) {
    let text = analysis.text
    let markers = analysis.markerSet
    let lower = DutchStoryWords.plain(text)
    let named = matcher.topics(in: text)
    let shape = matcher.questionShape(of: text)
    let asks = shape.asks
    // A general open question that names no topic reaches the topic of its kind (tried, expects, home, ...); a
    // question of its kind that only names a setting ("Wat werkt er thuis goed?") too.
    let specific = matcher.specificTopics(in: text)
    let general = specific.isEmpty && asks ? matcher.generalQuestion(in: text) : nil
    let focus = asks ? matcher.topicsAfterOver(in: text) : []
    let all = focus + (general.map { found in found.topic.map { [$0] } ?? [] } ?? named).filter { !focus.contains($0) }
    asksKindWithoutTopic = general != nil && general?.topic == nil
    asksTheChild = asksKindWithoutTopic && general?.kind.asksTheChild == true
    unknownLines = asksKindWithoutTopic ? general?.kind.unknown ?? [] : []
    // The question's own topics count, also when another sentence names a more specific one ("Ik hoor dat u dat
    // erg vindt. Hoe gaat het nu thuis met Daan?"): the question is what she answers.
    askedTopics = Self.askedTopics(in: text, matcher: matcher)
    topics = askedTopics + all.filter { !askedTopics.contains($0) }
    // A closing question for her story that names no topic ("... Vertelt u eerst maar wat er bij u speelt.") is what
    // she answers: the topics of the statements before it do not count.
    if askedTopics.isEmpty, Self.endsWithStoryQuestion(text, matcher: matcher) { topics = [] }
    points = matcher.schoolPoints(in: text)
    answers = matcher.answeredQuestions(in: text)
    paraphrases = markers.contains(.parafrase) || markers.contains(.samenvatting)
    asksWell = markers.contains(.openVraag) || shape.opensWithQuestionWord || paraphrases
    // On the case by content: a topic named by a specific word, not only by a setting ("Kookt u thuis graag?").
    let unrelated = matcher.namesUnrelatedSubject(text)
    let onCase =
      !specific.isEmpty || (!topics.isEmpty && general != nil && !unrelated) || !points.isEmpty || !answers.isEmpty
      || (studentName.map { matcher.names($0, in: text) } ?? false)
      || DutchStoryWords.asksPurpose(lower)
    asksHerFeeling = shape.asks && DutchStoryWords.asksHerFeeling(lower) && specific.isEmpty
    // Broad words ("hoe was het") do not make it a question on a topic.
    if asksHerFeeling {
      topics = []
      askedTopics = []
      // "Hoe komt dat bij u binnen?" asks what she feels, not a cause of a kind she does not know.
      (asksKindWithoutTopic, asksTheChild, unknownLines) = (false, false, [])
    }
    smallTalk =
      shape.asks && topics.isEmpty && points.isEmpty
      && DutchStoryWords.mentions(lower, anyOf: DutchStoryWords.smallTalk)
    // A reflection that ends by checking it ("..., en misschien ook bang. Klopt dat?") acknowledges too.
    acknowledges =
      (!shape.asks || DutchStoryWords.endsWithCheck(lower))
      && (markers.contains(.gevoelsreflectie) || DutchStoryWords.acknowledges(lower))
    admitsFault = !shape.asks && DutchStoryWords.admits(lower)
    // A reassurance is about her, whatever its other words: no side track.
    reassures = !shape.asks && !admitsFault && DutchStoryWords.reassuresHer(lower)
    invitesHerQuestions = shape.asks && DutchStoryWords.invitesHerQuestions(lower)
    reflectsPleasure = topics.isEmpty && points.isEmpty && DutchStoryWords.reflectsPleasure(lower)
    if reflectsPleasure { acknowledges = false }
    // A statement about everyday things is off the case too ("Ik ben gisteren gaan hardlopen."), but only by
    // more than one word of its own: a greeting or a word of hers is not.
    let offCase =
      shape.asks
      ? unrelated || matcher.isOffCase(text)
      : markers.allSatisfy({ $0 == .afleiden }) && !acknowledges && !reassures
        && !(parentName?.split(separator: " ").contains { matcher.names(String($0), in: text) } ?? false)
        && (unrelated || (matcher.isOffCase(text) && { $0.on == 0 && $0.off >= 2 }(matcher.contentWords(in: text))))
    // By its content words a reply can be about other things even when it names a setting, a day or a word of
    // hers ("Gaat u in de kerstvakantie nog weg, of blijft u lekker thuis?"): not when it listens, raises
    // something or proposes.
    let aboutOtherThings =
      markers.isDisjoint(with: Self.caseMarkers) && !acknowledges && !reassures && points.isEmpty && answers.isEmpty
      && matcher.talksAboutOtherThings(text)
      // A welcome or a question for her story ("waar wilt u het over hebben?") is about the conversation, unless
      // it names everyday things.
      && (matcher.caseContent(in: text).everyday > 0
        || (shape.asks && !DutchStoryWords.greets(lower) && !DutchStoryWords.asksForStory(lower)))
    let putsProposal = ProposalReaction.proposes(text, markers: markers)
    sideTrack = !smallTalk && !putsProposal && ((!onCase && offCase) || aboutOtherThings)
    // Listening or a plan about everyday things ("Ik merk dat u enthousiast wordt van lekker eten.", "Dus u houdt
    // van de zon.", "Zullen we volgende week bijpraten over recepten?") is no listening to her or plan for the
    // child: a side track too, when it names nothing of the case.
    if !sideTrack, unrelated, specific.isEmpty, points.isEmpty, answers.isEmpty,
      !(studentName.map { matcher.names($0, in: text) } ?? false),
      acknowledges || paraphrases || putsProposal
    {
      sideTrack = true
      listensOffCase = true
      acknowledges = false
      paraphrases = false
      asksWell = markers.contains(.openVraag) || shape.opensWithQuestionWord
    }
    if sideTrack {
      topics = []
      askedTopics = []
      reassures = false
    }
    if let check = FeelingFamily.checked(in: text, others: [studentName].compactMap { $0 }),
      matcher.specificTopics(in: FeelingFamily.withoutCheckWords(text, feeling: check.word)).isEmpty
    {
      // A check of what she feels is about her, not a side track.
      checkedFeeling = check
      sideTrack = false
    }
    answerShape = !shape.asks && DutchStoryWords.answers(lower)
    attributesSaying = DutchStoryWords.saysSheSaid(lower)
    answersHerQuestion = !shape.asks && DutchStoryWords.picksUpHerQuestion(lower)
    // A greeting with small talk after it ("Goedemiddag. Het is koud geworden, hè.") gets a reaction to the small
    // talk, after her greeting back.
    greets = !shape.asks && points.isEmpty && DutchStoryWords.greets(lower) && !sideTrack
    // A greeting with a small-talk question ("Goedemiddag. Mooi weer, hè?") is ordinary politeness too.
    greetsWithSmallTalk = points.isEmpty && DutchStoryWords.greets(lower) && sideTrack
    // A plan about other things ("dan hoor ik het graag, die camping", "ik ga zelf altijd kamperen") explains no
    // next step of the case.
    explainsNextStep =
      !shape.asks && !sideTrack && !matcher.namesOnlyOtherThings(text)
      && (markers.contains(.samenvatting) || markers.contains(.vervolgafspraak)
        || markers.contains(.afrondingAankondigen) || DutchStoryWords.explainsNextStep(lower))
    let proposes =
      markers.contains(.vervolgafspraak) || markers.contains(.afrondingAankondigen) || markers.contains(.bedanken)
      || ProposalEcho.phrase(in: text) != nil
    self.proposes = putsProposal && !sideTrack
    asksUnmatched =
      shape.asks && !sideTrack && !smallTalk && topics.isEmpty && points.isEmpty && answers.isEmpty && !proposes
    // A point raised before ("foto's") does not make a focused question one on that point.
    let onCaseQuestion =
      shape.asks && !sideTrack && !smallTalk && topics.isEmpty && answers.isEmpty && !proposes && asksWell
      && !paraphrases
      && (matcher.refersToCase(text) || matcher.namesSchool(text)
        || (studentName.map { matcher.names($0, in: text) } ?? false))
    asksForStory = onCaseQuestion && asksUnmatched && DutchStoryWords.asksForStory(lower)
    // "U weet wel waarom we hier zitten?": she knows, and says what it is about for her.
    if shape.asks, !sideTrack, !smallTalk, topics.isEmpty, points.isEmpty, DutchStoryWords.asksPurpose(lower) {
      asksForStory = true
    }
    // An open question on something specific that no topic of hers is about ("Wat heeft hij van jou nodig om
    // verantwoordelijkheid te nemen?"): an honest short answer, not a line of another topic.
    if onCaseQuestion, !asksHerFeeling, !DutchStoryWords.asksForStory(lower),
      { $0.on + $0.off > 0 }(matcher.contentWords(in: text))
    {
      asksKindWithoutTopic = true
    }
    if markers.contains(.jijBoodschap) || markers.contains(.bekritiseren) || markers.contains(.etiketteren) {
      manner = .jijBoodschap
    } else if markers.contains(.ikBoodschap) {
      manner = .ikBoodschap
    }
  }

  /// Markers by which a reply is about her or the case whatever its words: listening, an ik- or jij-boodschap, a
  /// proposal or the closing.
  static let caseMarkers: Set<Marker> = [
    .parafrase, .gevoelsreflectie, .samenvatting, .ikBoodschap, .jijBoodschap, .vervolgafspraak,
    .afrondingAankondigen, .bekritiseren, .etiketteren, .moraliseren, .bevelen, .waarschuwen, .adviseren,
    .geruststellen,
  ]

  /// The topics of the reply's last question when something else comes before it ("Dus ze is moe. Hoe gaat het
  /// met haar vriendinnen?"): the question is what she answers, not the paraphrase of what she said before.
  static func askedTopics(in text: String, matcher: TopicMatcher) -> [String] {
    let sentences = sentences(of: text)
    guard sentences.count > 1,
      let index = sentences.lastIndex(where: {
        matcher.questionShape(of: $0).asks && !questionTopics(in: $0, matcher: matcher).isEmpty
      }), index > 0
    else { return [] }
    return questionTopics(in: sentences[index], matcher: matcher)
  }

  /// Whether the reply's last sentence, after another, is an open question for her story that names no topic.
  static func endsWithStoryQuestion(_ text: String, matcher: TopicMatcher) -> Bool {
    let sentences = sentences(of: text)
    guard sentences.count > 1, let last = sentences.last, matcher.questionShape(of: last).opensWithQuestionWord
    else { return false }
    let lower = DutchStoryWords.plain(last)
    // "Wat is er toen gebeurd?" after "het ging in groep 8 niet goed" asks about what came before it.
    let words = Set(lower.split(separator: " ").map(String.init))
    return DutchStoryWords.asksForStory(lower) && questionTopics(in: last, matcher: matcher).isEmpty
      && words.isDisjoint(with: DutchStoryWords.backReferences)
  }

  /// The sentences of `text`, split after ".", "?", "!" and ";".
  static func sentences(of text: String) -> [String] {
    pieces(of: text, endingAt: ".?!;").filter { !$0.allSatisfy { $0.isWhitespace || ".?!;".contains($0) } }
  }

  /// `text` cut after each of `marks`, each piece with its mark, the rest after the last one as the last piece
  /// (empty when the text ends in a mark).
  static func pieces(of text: String, endingAt marks: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if marks.contains(character) {
        pieces.append(current)
        current = ""
      }
    }
    pieces.append(current)
    return pieces
  }

  /// The topics of one question: those it names by a specific word, else the topic of its general kind, else
  /// those of its setting or broad words.
  static func questionTopics(in sentence: String, matcher: TopicMatcher) -> [String] {
    let specific = matcher.specificTopics(in: sentence)
    let focus = matcher.topicsAfterOver(in: sentence)
    if !specific.isEmpty { return focus + specific.filter { !focus.contains($0) } }
    if let general = matcher.generalQuestion(in: sentence) { return general.topic.map { [$0] } ?? [] }
    return matcher.topics(in: sentence)
  }
}
