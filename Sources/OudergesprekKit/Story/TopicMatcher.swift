/// Recognises a story's topics, school's points and answers in a teacher's reply.
///
/// Words are compared after the analyser's normalisation and typo correction (`StoryTokenizer`), and after
/// folding away common Dutch inflection ("slaapt", "slapen" and "slaap" meet), so a teacher need not guess
/// the exact word in the scenario.
public struct TopicMatcher: Sendable {
  public let story: Story
  let tokenizer: StoryTokenizer
  /// The child's first names, normalised.
  let childNames: Set<String>
  /// Single topic words of five letters or more, which may end a compound in a reply.
  private let compoundHeads: [String]
  /// The inflection keys of every word of the story (its words and lines) and of school and view words: a
  /// question with none of them is off the case.
  let caseVocabulary: Set<String>
  /// The inflection keys of the story's single topic and point words.
  let topicWordKeys: Set<String>
  /// The names of people and places in the story's lines (capitalised inside a sentence: "Milan", "Bosman").
  let storyNames: Set<String>
  /// The keys of the phrases below as integer ids (`fillerKey` among them).
  private let keyIDs: StoryKeyIDs
  /// Per topic, its phrases by the tier they count for, as key ids: specific (not only a setting), a setting that is
  /// not broad, broad. A broad phrase has only question words, pronouns and the student's name ("hoe gaat het met
  /// haar"): a topic matched only by one counts when no topic matched by a specific one. A setting phrase only names
  /// a setting ("thuis", "op school", "in de klas"): in "wat vertelt hij thuis over biologie" the setting is
  /// incidental, so such a topic counts only when no specific topic matched.
  private let tierPhraseIDs: [(specific: [[[Int32]]], setting: [[[Int32]]], broad: [[[Int32]]])]
  private let pointPhraseIDs: [[[[Int32]]]]
  private let answerPhraseIDs: [[[[Int32]]]]
  private let unrelatedPhraseIDs: (single: [[[Int32]]], longer: [[[Int32]]])
  private let caseReferenceIDs: [[[Int32]]]
  private let fillerID: Int32
  /// What `topicTiers(in:)` found for each text, shared by the copies of this matcher.
  private let tierCache = TopicTierCache()

  /// `names` (the student's first name) count as broad words: "hoe gaat het met Emma" names no subject.
  public init(story: Story, names: [String] = []) {
    self.story = story
    let all =
      story.topics.flatMap(\.words) + story.schoolPoints.flatMap(\.words)
      + story.questions.flatMap(\.answerWords)
    // Typos are corrected towards the story's own words only: with everyday subjects in the vocabulary, "komen"
    // would become "koken" and a question about coming to school a side track.
    let tokenizer = StoryTokenizer(words: all)
    self.tokenizer = tokenizer
    func phrases(_ words: [String]) -> [[Set<String>]] {
      words.map { tokenizer.words(in: $0).filter { !$0.isEmpty }.map(DutchInflection.keys) }.filter { !$0.isEmpty }
    }
    let topicPhrases = story.topics.map { phrases($0.words) }
    childNames = Set(names.flatMap { tokenizer.words(in: $0) }.filter { !$0.isEmpty })
    let broad = DutchStoryWords.broadWords.union(childNames)
    let broadPhrases = story.topics.map { topic in
      topic.words.map { tokenizer.words(in: $0).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
        .map { $0.allSatisfy(broad.contains) }
    }
    let setting = DutchStoryWords.settingWords.union(broad)
    let settingPhrases = story.topics.map { topic in
      topic.words.map { tokenizer.words(in: $0).filter { !$0.isEmpty } }.filter { !$0.isEmpty }
        .map { $0.allSatisfy(setting.contains) }
    }
    let pointPhrases = story.schoolPoints.map { phrases($0.words) }
    let answerPhrases = story.questions.map { phrases($0.answerWords) }
    let plain = StoryTokenizer(words: [])
    let unrelatedPhrases = DutchStoryWords.unrelatedSubjects.map {
      plain.words(in: $0).filter { !$0.isEmpty }.map(DutchInflection.keys)
    }.filter { !$0.isEmpty }
    let caseReferencePhrases = phrases(DutchStoryWords.caseReferences)
    let storyText =
      all + story.topics.flatMap { $0.openLines + $0.guardedLines } + story.keyFacts.flatMap(\.revealLines)
      + story.schoolPoints.flatMap { $0.reaction + $0.reactionToIMessage + $0.reactionToYouMessage }
      + story.questions.map(\.question)
    storyNames = Set(storyText.flatMap(PresuppositionCheck.properNames(in:)))
    caseVocabulary = Set(
      storyText.flatMap { tokenizer.words(in: $0) }.filter { $0.count >= 4 }.flatMap(DutchInflection.keys))
    topicWordKeys = Set(
      (story.topics.flatMap(\.words) + story.schoolPoints.flatMap(\.words)).map { tokenizer.words(in: $0) }
        .filter { $0.count == 1 }.flatMap { DutchInflection.keys($0[0]) })
    compoundHeads = Array(
      Set(
        story.topics.flatMap(\.words).map { tokenizer.words(in: $0).filter { !$0.isEmpty } }.filter { $0.count == 1 }
          .map { $0[0] }
      )
      .filter { $0.count >= 5 }
    ).sorted()
    var keyIDs = StoryKeyIDs()
    fillerID = keyIDs.intern([Self.fillerKey])[0]
    func ids(_ phrases: [[Set<String>]]) -> [[[Int32]]] { phrases.map { $0.map { keyIDs.intern($0) } } }
    tierPhraseIDs = topicPhrases.indices.map { index in
      let phrases = zip(topicPhrases[index], zip(broadPhrases[index], settingPhrases[index])).map {
        (keys: $0.0, broad: $0.1.0, setting: $0.1.1)
      }
      return (
        ids(phrases.filter { !$0.setting }.map(\.keys)), ids(phrases.filter { $0.setting && !$0.broad }.map(\.keys)),
        ids(phrases.filter(\.broad).map(\.keys))
      )
    }
    pointPhraseIDs = pointPhrases.map(ids)
    answerPhraseIDs = answerPhrases.map(ids)
    unrelatedPhraseIDs = (
      ids(unrelatedPhrases.filter { $0.count == 1 }), ids(unrelatedPhrases.filter { $0.count > 1 })
    )
    caseReferenceIDs = ids(caseReferencePhrases)
    self.keyIDs = keyIDs
  }

  /// Whether the reply names an everyday subject unrelated to a school case (holidays, cooking, …).
  /// A subject that is one of the story's topic words (a scenario about a sports club) is not unrelated; one that
  /// only stands in a line of hers (she told that he cooks) still is: one shared everyday word does not make a
  /// question about her cooking part of the case.
  public func namesUnrelatedSubject(_ reply: String) -> Bool {
    let keys = replyKeys(reply)
    let own = keys.map { $0.isDisjoint(with: topicWordKeys) ? $0 : [] }
    return Self.contains(own.map(keyIDs.known), anyOf: unrelatedPhraseIDs.single, filler: fillerID)
      || Self.contains(keys.map(keyIDs.known), anyOf: unrelatedPhraseIDs.longer, filler: fillerID)
  }

  /// How many of the everyday subjects of more than one word ("op de weg", "lekker eten") the reply names.
  func unrelatedPhraseCount(in reply: String) -> Int {
    let known = replyKeys(reply).map(keyIDs.known)
    return unrelatedPhraseIDs.longer.filter { Self.contains(known, anyOf: [$0], filler: fillerID) }.count
  }

  /// How many content words of the reply (five letters or more, not frequent) are no word of the story, school or
  /// her view (`off`): a statement made only of several of them is about something else.
  /// `on` counts the content words that are.
  public func contentWords(in reply: String) -> (on: Int, off: Int) {
    let known = Set((DutchStoryWords.viewWords + DutchStoryWords.schoolWords).flatMap(DutchInflection.keys))
      .union(caseVocabulary)
    let content = tokenizer.words(in: reply).filter {
      $0.count >= 5 && !DutchStoryWords.frequent.contains($0) && !DutchStoryWords.broadWords.contains($0)
    }
    let off = content.filter { DutchInflection.keys($0).isDisjoint(with: known) }.count
    return (content.count - off, off)
  }

  /// Whether a question is off the case by its content: it points at nothing of the case (no child, worry or
  /// what was said, no word of school or of her view) and has a content word (five letters or more, not frequent)
  /// that is no word of the story either.
  public func isOffCase(_ reply: String) -> Bool {
    guard !refersToCase(reply) else { return false }
    let content = tokenizer.words(in: reply).filter {
      $0.count >= 5 && !DutchStoryWords.frequent.contains($0) && !DutchStoryWords.broadWords.contains($0)
        && !DutchStoryWords.questionOpeners.contains($0)
    }
    let view = Set(DutchStoryWords.viewWords.flatMap(DutchInflection.keys))
    guard !namesSchool(reply),
      tokenizer.words(in: reply).allSatisfy({ DutchInflection.keys($0).isDisjoint(with: view) })
    else { return false }
    return content.contains { DutchInflection.keys($0).isDisjoint(with: caseVocabulary) }
  }

  /// Whether the reply has a word of school or the family ("rapport", "klas", "thuis").
  public func namesSchool(_ reply: String) -> Bool {
    let school = Set(DutchStoryWords.schoolWords.flatMap(DutchInflection.keys))
    return tokenizer.words(in: reply).contains { !DutchInflection.keys($0).isDisjoint(with: school) }
  }

  /// Whether the reply points at the case without naming a topic: the child ("ze", "uw zoon"), what happened,
  /// her worry, or what was just said ("daar", "dat").
  public func refersToCase(_ reply: String) -> Bool {
    Self.contains(replyIDs(reply), anyOf: caseReferenceIDs, filler: fillerID)
  }

  /// Whether the reply asks something, and whether a sentence of it opens with a question word ("hoe", "wat",
  /// "vertelt u"): an open question also without its question mark; and whether a sentence asks indirectly ("Ik
  /// ben benieuwd hoe ...", "Vertel eens over ..."), which counts as an open question too.
  public func questionShape(of reply: String) -> (asks: Bool, opensWithQuestionWord: Bool, asksIndirectly: Bool) {
    // A clause after a semicolon opens like a sentence: "...; vertelt u eerst maar wat er speelt".
    let sentences = tokenizer.sentences(in: String(reply.map { $0 == ";" ? "." : $0 }))
    // "Wat gezellig, ..." and "Wat fijn dat u belt!" exclaim, they do not ask.
    let opens = sentences.contains {
      ($0.words.first.map(DutchStoryWords.questionOpeners.contains) ?? false) && !DutchStoryWords.exclaims($0.words)
    }
    // An indirect question asks as an open question does ("Ik ben benieuwd hoe ze het thuis heeft.").
    let indirect = sentences.contains { !$0.isQuestion && DutchStoryWords.asksIndirectly($0.words) }
    return (opens || indirect || sentences.contains(where: \.isQuestion), opens || indirect, indirect)
  }

  /// Whether `name` (a first name) stands in the reply.
  public func names(_ name: String, in reply: String) -> Bool {
    let target = tokenizer.words(in: name).first { !$0.isEmpty }
    return target.map(tokenizer.words(in: reply).contains) ?? false
  }

  /// The topic a general open question is about when it names none of its words ("Wat heeft u zelf al
  /// geprobeerd?", "Hoe gaat het thuis?"): the first topic of the question's kind (tried, expects, the child's own
  /// view, what helps, what holds him back, home), marked by its words or id.
  public func generalTopics(in reply: String) -> [String] {
    generalQuestion(in: reply)?.topic.map { [$0] } ?? []
  }

  /// The kind of general open question the reply asks, if any, and the story's topic of that kind (nil when the
  /// story has none: she does not know, rather than talking about something else).
  /// A topic the reply already names (by a setting or broad words) comes first when it is of the kind.
  func generalQuestion(in reply: String) -> (kind: GeneralQuestionKind, topic: String?)? {
    let inReply = Set(topics(in: reply))
    // The child's name stands for "hij": "Hoe kijkt Jesse er zelf tegenaan?" asks his own view.
    let text =
      " " + tokenizer.words(in: reply).map { childNames.contains($0) ? "hij" : $0 }.joined(separator: " ") + " "
    var first: GeneralQuestionKind?
    for kind in DutchStoryWords.generalQuestionKinds where kind.cues.contains(where: { text.contains(" \($0) ") }) {
      func marked(_ topic: StoryTopic) -> Bool { topic.words.contains { kind.marks.contains($0.lowercased()) } }
      func named(byID topic: StoryTopic) -> Bool {
        kind.idParts.contains { part in topic.id.split(separator: "-").contains { $0.hasPrefix(part) } }
      }
      if let topic = story.topics.first(where: { inReply.contains($0.id) && (marked($0) || named(byID: $0)) })
        ?? story.topics.first(where: marked) ?? story.topics.first(where: named(byID:))
      {
        return (kind, topic.id)
      }
      first = first ?? kind
    }
    return first.map { ($0, nil) }
  }

  /// The ids of the topics the reply is about, in the story's order.
  public func topics(in reply: String) -> [String] {
    let (specific, setting, broad) = topicTiers(in: reply)
    return !specific.isEmpty ? specific : !setting.isEmpty ? setting : broad
  }

  /// The ids of the topics the reply names by a specific word: not only by a setting ("thuis") or broad words.
  public func specificTopics(in reply: String) -> [String] { topicTiers(in: reply).specific }

  /// The topics named by a specific word after the last "over" of the reply: the subject of "wat vertelt hij
  /// thuis over zijn zelfvertrouwen", which comes before what else the question names.
  public func topicsAfterOver(in reply: String) -> [String] {
    let words = tokenizer.words(in: reply)
    guard let index = words.lastIndex(of: "over"), index + 1 < words.count else { return [] }
    return specificTopics(in: words[(index + 1)...].joined(separator: " "))
  }

  /// The topics a line names by a specific word or by its setting: what a line of hers talked about.
  public func mentionedTopics(in line: String) -> [String] {
    let (specific, setting, broad) = topicTiers(in: line)
    return specific + setting.filter { !specific.contains($0) } + (specific.isEmpty && setting.isEmpty ? broad : [])
  }

  /// The topics the reply matches, by the kind of their best phrase: specific, setting only, broad only.
  private func topicTiers(in reply: String) -> (specific: [String], setting: [String], broad: [String]) {
    tierCache.tiers(of: reply) {
      let keys = replyIDs(reply, compounds: true)
      // A setting in a clause about another person ("want Milan blijft thuis") is not hers.
      let others = withoutOthersClauses(reply)
      let settingKeys = others == reply ? keys : replyIDs(others, compounds: true)
      var specific: [String] = []
      var setting: [String] = []
      var broad: [String] = []
      for (topic, phrases) in zip(story.topics, tierPhraseIDs) {
        if Self.contains(keys, anyOf: phrases.specific, filler: fillerID) {
          specific.append(topic.id)
        } else if Self.contains(settingKeys, anyOf: phrases.setting, filler: fillerID) {
          setting.append(topic.id)
        } else if Self.contains(keys, anyOf: phrases.broad, filler: fillerID) {
          broad.append(topic.id)
        }
      }
      return (specific, setting, broad)
    }
  }

  /// The ids of the school's points the reply brings up, in the story's order.
  public func schoolPoints(in reply: String) -> [String] {
    // A new thing of the teacher's own ("ik heb een nieuwe telefoon") does not raise the point about the child's.
    let keys = replyIDs(Self.withoutTeachersOwnThings(reply).text)
    return zip(story.schoolPoints, pointPhraseIDs).filter { Self.contains(keys, anyOf: $0.1, filler: fillerID) }
      .map(\.0.id)
  }

  /// The ids of the parent's questions the reply answers (it contains one of their answer words).
  public func answeredQuestions(in reply: String) -> [String] {
    let keys = replyIDs(reply)
    return zip(story.questions, answerPhraseIDs).filter { Self.contains(keys, anyOf: $0.1, filler: fillerID) }
      .map(\.0.id)
  }

  /// The keys of each word of `words`, for `overlaps`: worked out once per topic, not once per pair.
  func overlapKeys(_ words: [String]) -> [[Set<String>]] {
    words.map { tokenizer.words(in: $0).filter { !$0.isEmpty }.map(DutchInflection.keys) }
  }

  /// Which words of a topic match a phrase of another, for `controleer`: each pair of overlapping words.
  /// `firstKeys` and `secondKeys` are the words' `overlapKeys`.
  func overlaps(
    _ first: [String], _ firstKeys: [[Set<String>]], _ second: [String], _ secondKeys: [[Set<String>]]
  ) -> [(String, String)] {
    var result: [(String, String)] = []
    for (a, aKeys) in zip(first, firstKeys) {
      for (b, bKeys) in zip(second, secondKeys)
      where Self.contains(bKeys, anyOf: [aKeys]) || Self.contains(aKeys, anyOf: [bKeys]) {
        result.append((a, b))
      }
    }
    return result
  }

  /// Whether `reply` repeats a content word (five letters or more, not a frequent word, not one of `names`) of
  /// one of `lines`, compared by the keys of its inflected forms: a paraphrase that restates her own words.
  public func repeatsContentWord(of lines: Set<String>, in reply: String, ignoring names: [String?]) -> Bool {
    func keys(_ text: String) -> Set<String> {
      Set(
        tokenizer.words(in: text).filter { $0.count >= 5 && !DutchStoryWords.frequent.contains($0) }
          .flatMap(DutchInflection.keys))
    }
    let own = keys(reply).subtracting(keys(names.compactMap { $0 }.joined(separator: " ")))
    return !own.isEmpty && lines.contains { !keys($0).isDisjoint(with: own) }
  }

  /// The keys of each word of the reply; with `compounds`, a compound ("maandagochtend", "wiskundehuiswerk")
  /// also gets the keys of its last part when that is a topic word of five letters or more.
  private func replyKeys(_ reply: String, compounds: Bool = false) -> [Set<String>] {
    tokenizer.words(in: reply).map { word in
      guard !word.isEmpty else { return [] }
      var keys = DutchInflection.keys(word)
      if DutchStoryWords.fillers.contains(word) { keys.insert(Self.fillerKey) }
      // A greeting ("goedemiddag", "goedenavond") is no compound of a topic word ("middagen", "avond").
      let compound = compounds && !DutchStoryWords.greetingCompounds.contains(word)
      for part in compound ? compoundHeads : [] where word.count >= part.count + 3 && word.hasSuffix(part) {
        keys.formUnion(DutchInflection.keys(part))
      }
      return keys
    }
  }

  /// `replyKeys` as key ids (`keyIDs.known`): the filler mark and the keys that some phrase has.
  private func replyIDs(_ reply: String, compounds: Bool = false) -> [[Int32]] {
    replyKeys(reply, compounds: compounds).map(keyIDs.known)
  }

  /// The key that marks a filler word of a reply ("te", "er", "wel"), which may stand between a phrase's words.
  private static let fillerKey = "\u{1}filler"

  /// Whether one of `phrases` stands, word after word, in `keys`; a filler word of the reply may stand between two
  /// of its words ("vragen te stellen" has "vragen stellen", "er zelf tegenaan" has "zelf tegenaan").
  /// On key ids (`filler` is the id of `fillerKey`), the form every reply is matched in.
  private static func contains(_ keys: [[Int32]], anyOf phrases: [[[Int32]]], filler: Int32) -> Bool {
    contains(keys, anyOf: phrases, isFiller: { $0.contains(filler) }, meets: StoryKeyIDs.meet)
  }

  /// `contains(_:anyOf:filler:)` on the keys themselves, for `overlaps` between a story's own words.
  private static func contains(_ keys: [Set<String>], anyOf phrases: [[Set<String>]]) -> Bool {
    contains(keys, anyOf: phrases, isFiller: { $0.contains(fillerKey) }, meets: { !$0.isDisjoint(with: $1) })
  }

  /// The phrase search of both forms: `meets` tells whether a reply word has a phrase word's keys.
  @inline(__always)
  private static func contains<Word>(
    _ keys: [Word], anyOf phrases: [[Word]], isFiller: (Word) -> Bool, meets: (Word, Word) -> Bool
  ) -> Bool {
    phrases.contains { phrase in
      guard !phrase.isEmpty, phrase.count <= keys.count else { return false }
      return keys.indices.contains { start in
        var position = start
        for (offset, word) in phrase.enumerated() {
          if offset > 0 {
            while position < keys.count, isFiller(keys[position]), !meets(keys[position], word) { position += 1 }
          }
          guard position < keys.count, meets(keys[position], word) else { return false }
          position += 1
        }
        return true
      }
    }
  }
}
