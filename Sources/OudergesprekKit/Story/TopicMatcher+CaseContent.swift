extension TopicMatcher {
  /// What the content words of a reply are about: the case (a topic or point word, a word of school work, of her
  /// view, or of what is wrong), everyday things (`everyday`: holidays, the weather, sport), or something no word of
  /// the story names (`off`, everyday words included). `anchored` when it names the child or points at him or her
  /// ("hij", "uw dochter"): then it is about the child, whatever else it names.
  ///
  /// "school" and "thuis" count for neither side: they say where, not what ("Bij de rotonde bij de school staat het
  /// altijd vast" is about traffic).
  func caseContent(in reply: String) -> (onCase: Int, off: Int, everyday: Int, anchored: Bool) {
    // The teacher's own things ("ik heb net een nieuwe telefoon") are everyday, not hers.
    let (own, left) = Self.withoutTeachersOwnThings(reply)
    let words = tokenizer.words(in: own).filter { !$0.isEmpty }
    let caseKeys = Self.caseWordKeys.union(topicWordKeys)
    let singles = (DutchStoryWords.unrelatedSubjects + DutchStoryWords.everydayWords).filter { !$0.contains(" ") }
    // An inflected word of the reply reaches an everyday word itself, not what is left of it without its last
    // letter: "staat" is no "stad".
    let everydayKeys = Set(singles.compactMap { DutchInflection.keys($0).max { $0.count < $1.count } })
    let compoundParts = singles.filter { $0.count >= 6 }
    var onCase = 0
    var view = 0
    // An everyday subject of several words counts as one everyday word.
    let phrases = unrelatedPhraseCount(in: own)
    var off = left + phrases
    var everyday = left + phrases
    var anchored = false
    for word in words {
      if childNames.contains(word) || DutchStoryWords.childReferences.contains(word) { anchored = true }
      guard word.count >= 4, !DutchStoryWords.settingWords.contains(word), !DutchStoryWords.broadWords.contains(word),
        !DutchStoryWords.fillers.contains(word), !DutchStoryWords.questionOpeners.contains(word)
      else { continue }
      let keys = DutchInflection.keys(word)
      let isEveryday =
        !keys.isDisjoint(with: everydayKeys)
        || compoundParts.contains { word.count >= $0.count + 3 && word.hasSuffix($0) }
      if !keys.isDisjoint(with: caseKeys) {
        onCase += 1
        if keys.isDisjoint(with: caseKeys.subtracting(Self.viewKeys)) { view += 1 }
      } else if isEveryday {
        everyday += 1
        off += 1
      } else if word.count >= 5, !DutchStoryWords.frequent.contains(word), keys.isDisjoint(with: caseVocabulary) {
        off += 1
      }
    }
    // A word of her view is about the case only when nothing everyday is named: "Kijkt u weleens naar dat
    // kookprogramma?" asks what she watches.
    return (everyday > 0 ? onCase - view : onCase, off, everyday, anchored)
  }

  /// The keys of the words of her view ("kijkt", "vindt", "denkt").
  static let viewKeys: Set<String> = Set(DutchStoryWords.viewWords.flatMap(DutchInflection.keys))

  /// Whether a reply is about other things than the child, the school's case or the people in it, by its content
  /// words: none of them is about the case and an everyday subject or several other words are (small talk about
  /// the traffic by the school), or an
  /// everyday subject outweighs the words of the case ("Het Nederlands elftal speelde gisteren best aardig").
  /// Naming the child or pointing at him keeps it on the case.
  public func talksAboutOtherThings(_ reply: String) -> Bool {
    // The child greeted by name ("dag Lina") does not make the small talk after it about the child.
    let content = caseContent(in: Self.withoutGreetingClauses(reply))
    guard !content.anchored else { return false }
    // One unknown word is not enough ("Ik zie dat dit hard bij u binnenkomt"): an everyday subject or several.
    if content.onCase == 0 { return content.everyday >= 1 || content.off >= 3 }
    return content.everyday >= 1 && content.onCase < content.off
  }

  /// The keys of words that are about a school case whatever the story: school work, her view and feelings, and
  /// what can be wrong.
  static let caseWordKeys: Set<String> = Set(
    (DutchStoryWords.schoolWords.filter { $0 != "school" && $0 != "thuis" } + DutchStoryWords.viewWords
      + DutchStoryWords.caseNouns).flatMap(DutchInflection.keys))
}

extension TopicMatcher {
  /// The reply without its clauses whose subject is another person, named ("want Milan blijft steeds vaker thuis",
  /// "Meneer Bosman is op schoolreis"): a setting word in such a clause is where that person is, not her topic.
  /// The child's name and the words that open a clause ("want", "en", "dat") do not make one.
  func withoutOthersClauses(_ reply: String) -> String {
    // Each clause, and whether it opens a sentence (where every word is capitalised, "Stelt hij ...").
    var clauses: [(text: String, opensSentence: Bool)] = []
    var current = ""
    var opens = true
    for character in reply {
      if ",;:.!?".contains(character) {
        clauses.append((current, opens))
        current = ""
        opens = ".!?".contains(character)
      } else {
        current.append(character)
      }
    }
    clauses.append((current, opens))
    let kept = clauses.filter { clause in
      let words = clause.text.split(separator: " ").map(String.init)
      guard let index = words.firstIndex(where: { !DutchStoryWords.clauseOpeners.contains($0.lowercased()) }),
        let first = words[index].first, first.isUppercase
      else { return true }
      let subject = words[index].filter(\.isLetter)
      // A capitalised first word of a sentence is a name only when the story names that person.
      guard !(clause.opensSentence && index == 0) || storyNames.contains(subject) else { return true }
      let normal = tokenizer.words(in: subject).first ?? ""
      return childNames.contains(normal) || DutchStoryWords.subjectWords.contains(normal)
    }
    return kept.count == clauses.count ? reply : kept.map(\.text).joined(separator: ". ")
  }
}

extension TopicMatcher {
  /// The reply without its clauses that open with a greeting ("Goedemiddag mevrouw Visser", "dag Lina").
  static func withoutGreetingClauses(_ reply: String) -> String {
    let kept = StoryReading.pieces(of: reply, endingAt: ",;:.!?").filter { clause in
      let lower = DutchStoryWords.plain(clause).drop { $0 == " " }
      return !DutchStoryWords.greets(String(lower))
    }
    return kept.joined()
  }
}

extension TopicMatcher {
  /// `reply` without the words that name a new thing of the teacher's own (the word after "nieuwe" in "ik heb
  /// net een nieuwe telefoon" or "mijn nieuwe telefoon"), and how many were left out: such a thing is small talk,
  /// not the child's phone of the case.
  static func withoutTeachersOwnThings(_ reply: String) -> (text: String, left: Int) {
    let words = reply.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let plain = words.map { $0.lowercased().filter(\.isLetter) }
    var kept: [String] = []
    var left = 0
    for index in words.indices {
      if index > 0, plain[index - 1] == "nieuwe", plain[index].count >= 4 {
        // Back to the start of the sentence or seven words, whichever comes first.
        let start = max(0, index - 8)
        let before = (start..<index - 1).reversed().prefix { !".?!".contains(words[$0].last ?? " ") }.map { plain[$0] }
        if before.first == "mijn" || (before.contains("ik") && before.contains("heb")) {
          left += 1
          // Keep the punctuation after the word so sentences still end where they did.
          kept.append(String(words[index].filter { !$0.isLetter }))
          continue
        }
      }
      kept.append(words[index])
    }
    return (kept.joined(separator: " "), left)
  }
}

extension TopicMatcher {
  /// Words that point back at what was just talked about ("wat vindt u ervan", "hem eens proberen").
  static let backReferences: Set<String> = ["ervan", "daarvan", "erover", "daarover", "hem", "die", "dat", "dit"]

  /// Whether a reply right after a side track goes on with it: it names neither the child (by name or as "zoon",
  /// "dochter") nor a word of the case that is not also an everyday word ("weekend", "buurt"), and it points back at
  /// what was said or names everyday things ("En vertelt u me dan wat u ervan vond?").
  func continuesSideTrack(_ reply: String) -> Bool {
    let content = otherThings(in: reply)
    return !content.namesChild && !content.namesCase && (content.everyday > 0 || content.pointsBack)
  }

  /// Whether a reply is about everyday things only: it names one and no word of the case that is not also an
  /// everyday word; naming the child does not make it about the case ("Noor neemt haar recept mee").
  func namesOnlyOtherThings(_ reply: String) -> Bool {
    let content = otherThings(in: reply, ignoring: Self.planWordKeys)
    return !content.namesCase && content.everyday > 0
  }

  /// The keys of the words that say how and when a plan goes, not what it is about ("ik vertel", "hoor ik", "neemt
  /// u mee", "maandag").
  static let planWordKeys: Set<String> = Set(
    (ProposalReaction.tellingVerbs.union([
      "vertel", "hoor", "hoort", "horen", "bel", "belt", "bellen", "geef", "geeft", "geven", "neem", "neemt", "nemen",
      "mee", "afgesproken", "afspreken", "afspraak", "bevalt", "bevallen", "laat", "weten", "straks", "maandag",
      "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "volgende", "week", "morgen",
    ])).flatMap(DutchInflection.keys))

  /// How a reply names everyday things: how many, whether it names the child or a word of the case that is not also
  /// an everyday word, and whether it points back at what was said.
  private func otherThings(in reply: String, ignoring ignored: Set<String> = []) -> (
    everyday: Int, namesCase: Bool, namesChild: Bool, pointsBack: Bool
  ) {
    let words = tokenizer.words(in: Self.withoutGreetingClauses(reply)).filter { !$0.isEmpty }
    let namesChild = words.contains { word in
      childNames.contains(word)
        || (DutchStoryWords.childReferences.contains(word) && !["hij", "hem", "haar"].contains(word))
    }
    let singles = (DutchStoryWords.unrelatedSubjects + DutchStoryWords.everydayWords).filter { !$0.contains(" ") }
    let everydayKeys = Set(singles.compactMap { DutchInflection.keys($0).max { $0.count < $1.count } })
    let caseKeys = Self.caseWordKeys.union(topicWordKeys).subtracting(Self.viewKeys)
    var everyday = unrelatedPhraseCount(in: reply)
    var namesCase = false
    for word in words where word.count >= 4 && !DutchStoryWords.settingWords.contains(word) {
      let keys = DutchInflection.keys(word)
      if !keys.isDisjoint(with: everydayKeys) {
        everyday += 1
      } else if !keys.isDisjoint(with: caseKeys), keys.isDisjoint(with: ignored) {
        namesCase = true
      }
    }
    return (everyday, namesCase, namesChild, words.contains(where: Self.backReferences.contains))
  }
}
