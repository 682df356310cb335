extension ConversationEngine {
  /// Whether a line of her state would ask for what the teacher's reply she answers just gave: a question on a
  /// content word the reply itself stated ("En zijn huiswerk, maakt hij dat wel?" right after "Zijn huiswerk is
  /// meestal af"), what is agreed right after a proposal, or what the conversation is about once a school's point
  /// was raised.
  func contradictsLastReply(_ line: String, progress: StoryProgress) -> Bool {
    if !progress.raised.isEmpty, DutchStoryWords.doesNotKnowTheMatter(line) { return true }
    // "Stuurt u het maar op." takes up an offer: not when the reply offered nothing.
    if DutchStoryWords.takesUpOffer(line), !DutchStoryWords.offers(progress.lastReply ?? "") { return true }
    guard let reply = progress.lastReply, line.contains("?") else { return false }
    if DutchStoryWords.asksNextStep(line),
      ProposalEcho.phrase(in: reply) != nil || DutchStoryWords.explainsNextStep(DutchStoryWords.plain(reply))
    {
      return true
    }
    // Only what the reply stated: a word of its own question is not given yet.
    let stated = StoryReading.sentences(of: reply).filter { !$0.contains("?") }.joined(separator: " ")
    guard !stated.isEmpty, let matcher = topicMatcher else { return false }
    let question = StoryReading.sentences(of: line).filter(Self.isYesNoQuestion).map(Self.withoutNames)
    return matcher.repeatsContentWord(
      of: Set(question), in: Self.withoutNames(stated), ignoring: [scenario.student?.name, scenario.parent.name])
  }

  /// Whether `line` opens as the answer to a yes/no question ("Ja. Ik had ze gezien.") while no yes/no question of
  /// `reply` is about `topic`: it would answer what nobody asked.
  func answersUnasked(_ line: String, topic: String, reply: String?, story: Story) -> Bool {
    let first = DutchStoryWords.plain(story.withoutVoice(line)).split(separator: " ").first.map(String.init) ?? ""
    guard Self.answerWords.contains(first), let matcher = topicMatcher else { return false }
    return !StoryReading.sentences(of: reply ?? "").contains {
      Self.isYesNoQuestion($0) && matcher.topics(in: $0).contains(topic)
    }
  }

  /// First words of a line that answers a yes/no question.
  static let answerWords: Set<String> = ["ja", "nee", "jawel", "klopt", "neenee"]

  /// `text` without its capitalised words: a name she and the teacher both use ("Jasmijn") is not what he told.
  static func withoutNames(_ text: String) -> String {
    text.split(separator: " ").filter { !($0.first?.isUppercase ?? false) }.joined(separator: " ")
  }

  /// Whether a sentence is a yes/no question ("En zijn huiswerk, maakt hij dat wel?"), not one that asks for more
  /// with a question word ("Welke toetsen waren dat dan?"): only the first asks for what a statement just gave.
  static func isYesNoQuestion(_ sentence: String) -> Bool {
    guard sentence.contains("?") else { return false }
    // Checking what the teacher means ("..., bedoelt u?") reacts to it.
    let lower = sentence.lowercased()
    if ["bedoelt u", "bedoel je", "zegt u", "zeg je", "toch?"].contains(where: lower.contains) { return false }
    let words = lower.split { !$0.isLetter }.map(String.init)
    let first = words.first { !["en", "maar", "dus", "of", "nou"].contains($0) }
    return !(first.map { DutchStoryWords.askingWords.contains($0) } ?? false)
  }

  /// `line` without its yes/no questions on what the teacher's reply just stated, and without her questions for a
  /// detail it gave (who takes part, when), when something is left.
  func withoutAnsweredQuestions(_ line: String, progress: StoryProgress, story: Story) -> String {
    let sentences = StoryReading.sentences(of: story.withoutVoice(line))
    let kept = sentences.filter { sentence in
      (!contradictsLastReply(sentence, progress: progress) || !Self.isYesNoQuestion(sentence))
        && !(progress.lastReply.map { DutchStoryWords.asksDetailGiven(sentence, reply: $0) } ?? false)
    }
    guard kept.count < sentences.count, !kept.isEmpty else { return line }
    let text = kept.map { $0.drop { $0 == " " } }.joined(separator: " ")
    guard let prefix = story.voicePrefix, line.hasPrefix(prefix) else { return text }
    return prefix + text
  }

  /// `lines` without those that say she does not know what the conversation is about, once a school's point was
  /// raised.
  func knowingTheMatter(_ lines: [String], _ progress: StoryProgress) -> [String] {
    progress.raised.isEmpty ? lines : lines.filter { !DutchStoryWords.doesNotKnowTheMatter($0) }
  }

  /// Her short answer to a practical question of one of `kinds` in the reply's last question, by how tense she
  /// is; nil when the reply asks none, or a topic of hers is what that question asks about.
  func practicalAnswer(
    to reply: String, kinds: [DutchStoryWords.PracticalQuestion], story: Story, now: EmotionState,
    _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> String? {
    guard let last = StoryReading.sentences(of: reply).last(where: { $0.contains("?") }) else { return nil }
    let lower = DutchStoryWords.plain(last)
    guard let kind = DutchStoryWords.practicalQuestion(lower), kinds.contains(kind) else { return nil }
    let intensity = (scenario.emotions.state(state.emotion) ?? now).intensity
    return fresh(story.inVoice(StoryDefaults.practical(kind, intensity: intensity)), &progress, &state)
  }
}

extension DutchStoryWords {
  /// Words for the people who can sit at a meeting, besides roles by their ending ("teamleider", "jeugdarts").
  static let participantWords: Set<String> = [
    "u", "mij", "ik", "jou", "je", "jij", "jullie", "ons", "moeder", "vader", "ouders", "mentor", "docent", "collega",
    "leerling", "zoon", "dochter", "hem", "haar", "elkaar",
  ]

  /// Whether `reply` says who takes part: "met" followed by two or more people ("met Daan, u en de teamleider").
  static func namesParticipants(_ reply: String) -> Bool {
    let words = reply.split { !$0.isLetter && $0 != "'" }.map(String.init)
    guard let start = words.firstIndex(where: { $0.lowercased() == "met" }) else { return false }
    let people = words[(start + 1)...].prefix(14).filter { word in
      let lower = word.lowercased()
      return participantWords.contains(lower) || PresuppositionCheck.isRole(lower)
        || (word.first?.isUppercase == true && lower.count >= 3 && !subjectWords.contains(lower))
    }
    return people.count >= 2
  }

  /// Whether her question sentence asks a detail the teacher's `reply` just gave: who takes part when it names
  /// them, when it is when it names a day or time.
  static func asksDetailGiven(_ sentence: String, reply: String) -> Bool {
    guard sentence.contains("?") else { return false }
    let lower = plain(sentence)
    let words = Set(lower.split(separator: " ").map(String.init))
    if words.contains("wie") { return namesParticipants(reply) }
    if words.contains("wanneer") || mentions(lower, anyOf: ["hoe laat", "welke dag", "op welke dag"]) {
      return ProposalEcho.phrase(in: reply) != nil
    }
    return false
  }

  /// Parts of her lines that take up something the teacher offered: to send it, or the plan itself.
  static let offerTakings = [
    "stuurt u het maar", "stuurt u maar", "stuur het maar", "mailt u het maar", "mailt u maar", "zo doen we het",
    "dat spreken we af", "dat wil ik wel proberen",
  ]

  /// Whether her line takes up an offer of the teacher.
  static func takesUpOffer(_ line: String) -> Bool {
    mentions(plain(line), anyOf: offerTakings)
  }

  /// Words of sending something to her: an offer to send it.
  static let sendingWords = [
    "stuur", "stuurt", "sturen", "opsturen", "toesturen", "doorsturen", "mail", "mailen", "mailtje", "brief",
  ]

  /// Whether a reply offers her something: a proposal, a next step, a day or time, or something to send her.
  static func offers(_ reply: String) -> Bool {
    let lower = plain(reply)
    return ProposalReaction.proposes(reply, markers: []) || ProposalEcho.phrase(in: reply) != nil
      || explainsNextStep(lower) || mentions(lower, anyOf: sendingWords)
  }

  /// Practical questions on the conversation itself, not on the case.
  enum PracticalQuestion: Sendable, Equatable {
    /// Whether she has time now ("Heeft u even een paar minuten?").
    case time
    /// How to reach her ("Hoe kan ik u het beste bereiken?").
    case contact
    /// When it suits her ("Wanneer komt het u uit?").
    case when
  }

  /// The words that ask each practical question, lowercased without punctuation.
  static let practicalCues: [(PracticalQuestion, [String])] = [
    (
      .time,
      [
        "heeft u even", "hebt u even", "heb je even", "heeft u een paar minuten", "hebt u een paar minuten",
        "heb je een paar minuten", "paar minuutjes", "heeft u nu tijd", "heeft u tijd", "hebt u tijd",
        "heb je tijd", "komt het nu uit", "komt het u nu uit", "schikt het nu", "stoor ik", "kunt u nu praten",
        "kunt u even praten", "kunt u nu even praten",
      ]
    ),
    (
      .contact,
      [
        "bereiken", "bereikbaar", "telefoonnummer", "mailadres", "emailadres", "liever bellen", "liever mailen",
        "liever een appje", "bellen of mailen", "mailen of bellen", "appen of bellen", "bellen of appen",
        "contact met u opnemen", "contact opnemen met u",
      ]
    ),
    (
      .when,
      [
        "wanneer komt het u", "wanneer schikt", "wanneer kunt u", "wanneer kan ik u", "welke dag komt",
        "welke dag past", "hoe laat kunt u", "hoe laat komt het", "welk moment past", "welk tijdstip",
        "hoe laat bent u", "hoe laat ben je", "wanneer bent u thuis", "wanneer ben je thuis",
      ]
    ),
  ]

  /// The practical question a question sentence (lowercased, letters and spaces) asks, if any.
  static func practicalQuestion(_ lower: String) -> PracticalQuestion? {
    practicalCues.first { _, cues in mentions(lower, anyOf: cues) }?.0
  }

  /// Words that open a question asking for more than yes or no: the question words, and those that ask how much
  /// or how long.
  static let askingWords = questionWords.union(["hoeveel", "hoelang"])

  /// Parts of her lines that say she does not know what the conversation is about: once the teacher raised a
  /// school's point, she knows.
  static let notKnowingTheMatter = [
    "waar het over gaat", "waar het om gaat", "daar belt u over", "waarom belt u", "waar gaat het over",
    "waar gaat het eigenlijk over", "waarover belt u",
  ]

  /// Whether her line says she does not know (or guesses) what the conversation is about.
  static func doesNotKnowTheMatter(_ line: String) -> Bool {
    mentions(plain(line), anyOf: notKnowingTheMatter)
  }
}

extension StoryDefaults {
  /// Her short answer to a practical question, by how tense she is.
  static func practical(_ kind: DutchStoryWords.PracticalQuestion, intensity: Int) -> [String] {
    switch (kind, intensity) {
    case (.time, ...4): ["Ja hoor, ik heb even.", "Ja, dat is goed. Zegt u het maar."]
    case (.time, 5...6): ["Even, ja. Ik moet straks wel weer verder.", "Ja. Kort, als het kan."]
    case (.time, _): ["Als het snel gaat. Zegt u het maar.", "Kort dan. Wat is er?"]
    case (.contact, ...4):
      [
        "Een appje is het makkelijkst. Bellen kan ook, na het werk.",
        "Bellen is prima, liefst aan het eind van de middag.",
      ]
    case (.contact, 5...6):
      [
        "Een appje, dat lees ik wel. Onder werktijd bellen lukt vaak niet.",
        "Stuurt u maar een berichtje. Dan bel ik terug.",
      ]
    case (.contact, _): ["Appt u maar. Dan zie ik het wel.", "Een berichtje. Niet tien mails."]
    case (.when, ...4):
      [
        "Aan het eind van de middag komt het meestal het beste uit.", "Na het werk kan ik meestal wel.",
        "Dat moet ik even in mijn agenda kijken. Ik geef het u nog door.",
      ]
    case (.when, 5...6): ["Na het werk, dan lukt het meestal.", "Als het maar niet onder werktijd is."]
    case (.when, _): ["Als het maar niet onder werktijd is.", "Dat hoor ik dan wel van u."]
    }
  }
}
