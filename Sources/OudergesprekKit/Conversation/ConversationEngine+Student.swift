extension ConversationEngine {
  /// Whether the teacher speaks to the student: a sentence that names them and says jij/je, opens or ends with
  /// the name ("Lina, hoe zie jij dat?"), or a question that says jij/je and not u (the parent is addressed with u).
  /// A paraphrase or reflection put in jij/je ("Dus je voelde je buitengesloten.", "Ik hoor dat je trots bent.") in
  /// a reply that says neither u nor uw is for the student too.
  static func addresses(_ reply: String, student name: String) -> Bool {
    addressesByName(reply, student: name) || reflectsInInformal(reply)
  }

  /// Whether a reply with no u, uw, mevrouw or meneer in it has a sentence that opens as a paraphrase or reflection
  /// in jij/je ("Dus je ...", "Ik hoor dat je ...", "Je voelde je ..."): said to the student, not to the parent.
  static func reflectsInInformal(_ reply: String) -> Bool {
    let words = Set(reply.lowercased().split { !$0.isLetter }.map(String.init))
    guard words.isDisjoint(with: ["u", "uw", "mevrouw", "meneer"]) else { return false }
    return StoryReading.sentences(of: reply).contains { sentence in
      let plain = DutchStoryWords.plain(sentence).drop { $0 == " " }
      return DutchStoryWords.informalReflectionOpeners.contains { plain.hasPrefix($0 + " ") }
    }
  }

  /// Whether the teacher speaks to the student by name: a sentence that names them and says jij/je, opens or ends
  /// with the name ("Lina, hoe zie jij dat?"), or a question that says jij/je and not u; with `nameOnly`, only a
  /// sentence that opens or ends with the name.
  static func addressesByName(_ reply: String, student name: String, nameOnly: Bool = false) -> Bool {
    let name = name.lowercased()
    let informal: Set<String> = ["jij", "je", "jou", "jouw"]
    var sentences: [(text: Substring, asks: Bool)] = []
    var rest = Substring(reply.lowercased())
    while let end = rest.firstIndex(where: { ".?!".contains($0) }) {
      sentences.append((rest[..<end], rest[end] == "?"))
      rest = rest[rest.index(after: end)...]
    }
    sentences.append((rest, false))
    return sentences.contains { sentence, asks in
      let trimmed = sentence.drop { $0 == " " }
      let words = trimmed.split { !$0.isLetter }.map(String.init)
      if trimmed.hasPrefix(name + ",") || trimmed.hasSuffix(", " + name) { return true }
      if nameOnly { return false }
      let set = Set(words)
      if set.contains(name) && !set.isDisjoint(with: informal) { return true }
      return asks && !set.isDisjoint(with: informal) && set.isDisjoint(with: ["u", "uw"])
    }
  }

  /// The student's answer to a reply addressed to them. With a story: their line on the topic asked about; to an
  /// open question without a topic, what they did not tell yet; to a question on something they have no line for, an honest short answer that claims nothing; to a remark, a line
  /// of the parent's state. A line said once is not said again while others are left; when all are said, a
  /// short acknowledgement.
  func studentLine(
    _ now: EmotionState, reading: StoryReading?, reply: String, in state: inout ConversationState
  ) -> String? {
    guard var reading, let story = scenario.story, let matcher = topicMatcher else {
      return studentStateLine(now, in: &state)
    }
    // "Lina, wat zou jij doen? En mevrouw, wat kunt u thuis doen?": the student answers the sentences put to them.
    // A paraphrase put to them in jij/je is theirs as a whole, its check ("Klopt dat?") too.
    if let name = scenario.student?.name, !Self.reflectsInInformal(reply) {
      let own = StoryReading.sentences(of: reply).filter { Self.addresses($0, student: name) }.joined(separator: " ")
      if !own.isEmpty, own.count < reply.count {
        let markers: [Marker] = matcher.questionShape(of: own).asks ? [.openVraag] : []
        reading = StoryReading(
          ReplyAnalysis(text: own, markers: markers, iMessageParts: []), matcher: matcher, studentName: name)
      }
    }
    let asked = reading.askedTopics.isEmpty ? reading.topics : reading.askedTopics
    let onTopic = asked.compactMap(story.topic).filter { !$0.studentLines.isEmpty }
    // A paraphrase or reflection put to them ("Dus je voelde je buitengesloten. Klopt dat?"): they confirm what is
    // about what they said (then say more on it), and correct a claim of what they did not say; a reflection of
    // something they did not say gets the answer below.
    if reading.paraphrases || reading.acknowledges || reading.checkedFeeling != nil, reading.askedTopics.isEmpty {
      let theirs = studentSaid(story, in: state)
      let saidTopics = Set(theirs.flatMap { matcher.mentionedTopics(in: $0) })
      let told =
        reading.topics.contains(where: saidTopics.contains)
        || matcher.repeatsContentWord(
          of: theirs, in: reply, ignoring: [scenario.student?.name, scenario.parent.name])
      let lines = told ? StudentDefaults.confirm : StudentDefaults.correct
      if told || (reading.attributesSaying && !reading.topics.isEmpty), let line = freshStudentLine(lines, in: &state) {
        guard told else { return line }
        for topic in onTopic {
          if let more = freshStudentLine(topic.studentLines, in: &state) { return line + " " + more }
        }
        return line
      }
      // A reflection of what they did not say ("Ik hoor dat je daar trots op bent."): a short acknowledgement.
      if Self.reflectsInInformal(reply), !matcher.questionShape(of: reply).asks {
        return freshStudentLine(StudentDefaults.acknowledge, in: &state)
          ?? pick(from: StudentDefaults.acknowledge, pool: "leerling:ok", in: &state)
      }
    }
    for topic in onTopic {
      if let line = freshStudentLine(topic.studentLines, in: &state) { return line }
    }
    if !onTopic.isEmpty {
      return freshStudentLine(StudentDefaults.alreadySaid, in: &state)
        ?? pick(from: StudentDefaults.alreadySaid, pool: "leerling:al-gezegd", in: &state)
    }
    // An open question that names no topic ("Mila, wat wil jij vertellen?") asks for their story: what they did
    // not say yet, first on a topic behind a key fact not found.
    // A focused question that no topic is about ("Lina, wat denk je dat Jasmijn voelde?") gets the honest answer
    // below, not a line of another topic.
    if asked.isEmpty, reading.asksWell, !reading.paraphrases, !reading.asksKindWithoutTopic {
      let behindFacts = Set(story.keyFacts.filter { !state.story.hasFound($0.id) }.map(\.topic))
      let ordered =
        story.topics.filter { behindFacts.contains($0.id) } + story.topics.filter { !behindFacts.contains($0.id) }
      for topic in ordered {
        if let line = freshStudentLine(topic.studentLines, in: &state) { return line }
      }
    }
    // A student who asked for the conversation confirms what the teacher checks with them ("Mila, klopt dat?"):
    // it is what they came to say.
    if scenario.initiator == .leerling, asked.isEmpty, DutchStoryWords.endsWithCheck(DutchStoryWords.plain(reply)),
      let line = freshStudentLine(StudentDefaults.confirm, in: &state)
    {
      return line
    }
    if matcher.questionShape(of: reply).asks {
      return freshStudentLine(StudentDefaults.unsure, in: &state)
        ?? pick(from: StudentDefaults.unsure, pool: "leerling:weet-niet", in: &state)
    }
    return studentStateLine(now, in: &state)
  }

  /// A line of the student in the parent's state, or in the nearest state that has some, not said before while
  /// others are left; when all are said, a short acknowledgement.
  func studentStateLine(_ now: EmotionState, in state: inout ConversationState) -> String? {
    let states =
      [now]
      + scenario.emotions.states.filter { $0.id != now.id && !$0.studentLines.isEmpty }
      .sorted { abs($0.intensity - now.intensity) < abs($1.intensity - now.intensity) }
    guard let speaker = states.first(where: { !$0.studentLines.isEmpty }) else { return nil }
    if let line = freshStudentLine(speaker.studentLines, in: &state) { return line }
    return freshStudentLine(StudentDefaults.acknowledge, in: &state)
      ?? pick(from: StudentDefaults.acknowledge, pool: "leerling:ok", in: &state)
  }

  /// The student's lines said so far in this conversation (of the story's topics and of the states).
  func studentSaid(_ story: Story, in state: ConversationState) -> Set<String> {
    let all = story.topics.flatMap(\.studentLines) + scenario.emotions.states.flatMap(\.studentLines)
    return Set(all.filter(state.story.said.contains))
  }

  /// A line from `lines` the student (or the parent) has not said yet in this conversation, or nil.
  private func freshStudentLine(_ lines: [String], in state: inout ConversationState) -> String? {
    let unsaid = lines.filter { !state.story.said.contains($0) }
    guard !unsaid.isEmpty else { return nil }
    let line = unsaid[state.generator.next(below: unsaid.count)]
    state.story.said.insert(line)
    return line
  }
}
