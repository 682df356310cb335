extension ConversationEngine {
  /// The parent's answer to a reply, chosen by the story's rules, in the order of issue 11: her reaction to a
  /// school's point or a blockade, an answer on the topic (a key fact when asked well at enough trust), a
  /// confirmation or correction of a paraphrase, a side-track remark, her own question, and only then a state line.
  func storyLine(
    for analysis: ReplyAnalysis, reading: StoryReading, newPoints: [String], story: Story, trust intensity: Int,
    now: EmotionState, in state: inout ConversationState
  ) -> (String, LineChoice) {
    var progress = state.story
    progress.lastReply = analysis.text
    defer { state.story = progress }

    // Her reaction to a school's point raised for the first time, by how it was raised; a point named in an
    // admission of the school's fault is raised, but what she takes is the admission.
    if let id = newPoints.first, let point = story.schoolPoint(id), !reading.admitsFault {
      let lines =
        switch reading.manner {
        case .ikBoodschap: point.reactionToIMessage.isEmpty ? point.reaction : point.reactionToIMessage
        case .jijBoodschap: point.reactionToYouMessage.isEmpty ? point.reaction : point.reactionToYouMessage
        case .neutraal: point.reaction
        }
      if let said = fresh(lines, &progress, &state) {
        let line = withoutAnsweredQuestions(said, progress: progress, story: story)
        if line.hasSuffix("?") { progress.pointQuestion = AskedQuestion(id: id, turn: state.turn) }
        // A question on a key topic in the same reply ("Met wie trekt ze op? Ik zie haar vaak alleen."): she
        // reacts to the point and answers the question.
        if let fact = openedKeyFact(
          reading, text: analysis.text, markers: analysis.markerSet, topics: [], story: story, trust: intensity,
          progress: progress, questionsOnly: true),
          let told = reveal(fact, question: analysis.text, &progress, &state)
        {
          return (line + " " + story.withoutVoice(told), LineChoice(.topic, about: fact.id))
        }
        // A point raised with a proposal that answers her question about it ("Na de schorsing is er een
        // terugkeergesprek met ... Ik stel donderdag voor"): she reacts to the point and then to the proposal.
        if reading.proposes, line != said,
          let taken = proposalLine(to: analysis.text, intensity: now.intensity, story, &progress, &state)
        {
          return (line + " " + story.withoutVoice(taken), LineChoice(.proposal, about: id))
        }
        return (line, LineChoice(.topic, about: id))
      }
    }

    // An answer to her question (by its words, or a statement right after it shaped as an answer) gets her
    // reaction to the answer, accepting or doubting it by her state; never the same question again. A
    // statement that explains the next step answers her question what is going to happen.
    markAnswers(reading, analysis: analysis, story: story, &progress, turn: state.turn)
    let hardBlockade = analysis.markerSet.contains { Self.hardBlockades.contains($0) }
    if !hardBlockade, !reading.proposes, !reading.answerTaken,
      let answered = progress.asked.last(where: { $0.answeredAtTurn == state.turn && $0.turn < state.turn })
    {
      let intensity = (scenario.emotions.state(state.emotion) ?? now).intensity
      let lines = story.inVoice(
        StoryDefaults.answerTaken(
          intensity: intensity, reply: analysis.text, reassures: analysis.markerSet.contains(.geruststellen)))
      // An answer followed by a question ("Nee, dat komt er niet bij. Hoe gaan de weekenden?"): she takes the
      // answer and answers the question.
      if topicMatcher?.questionShape(of: analysis.text).asks == true {
        var rest = reading
        rest.answerTaken = true
        state.story = progress
        let (line, choice) = storyLine(
          for: analysis, reading: rest, newPoints: newPoints, story: story, trust: intensity, now: now, in: &state)
        progress = state.story
        guard [.topic, .unclear, .paraphrase].contains(choice.reason),
          let taken = fresh(lines, &progress, &state)
        else { return (line, choice) }
        return (taken + " " + story.withoutVoice(line), choice)
      }
      if let line = fresh(lines, &progress, &state) {
        if let (told, fact) = volunteered(story: story, trust: intensity, question: analysis.text, &progress, &state) {
          return (line + " " + story.withoutVoice(told), LineChoice(.topic, about: fact))
        }
        return (line, LineChoice(.answer, about: answered.id))
      }
    }

    // Her reaction to a point asked something ("Dus de deur is niet dicht?") and the teacher answers it with a
    // statement on that point ("Met havo kan hij nog steeds studeren."): she takes the answer by her state rather
    // than a line that asks it again. A statement: no question mark ("wat dan nog ontbreekt" asks nothing).
    if !hardBlockade, !reading.proposes, let asked = progress.pointQuestion, asked.turn == state.turn - 1,
      reading.points.contains(asked.id) || reading.answerShape, !analysis.text.contains("?")
    {
      progress.pointQuestion = nil
      let intensity = (scenario.emotions.state(state.emotion) ?? now).intensity
      let lines = story.inVoice(
        StoryDefaults.answerTaken(
          intensity: intensity, reply: analysis.text, reassures: analysis.markerSet.contains(.geruststellen)))
      if let line = fresh(lines, &progress, &state) {
        if let (told, fact) = volunteered(story: story, trust: intensity, question: analysis.text, &progress, &state) {
          return (line + " " + story.withoutVoice(told), LineChoice(.topic, about: fact))
        }
        return (line, LineChoice(.answer, about: asked.id))
      }
    }

    // A blockade gets the scenario's reaction to it.
    // Its lines all said, she answers in her (tenser) state's words rather than repeating one word for word.
    if let (index, reaction) = reaction(to: analysis, in: now.id, blockadesOnly: true) {
      if let line = fresh(reaction.lines, &progress, &state) { return (line, LineChoice(.reaction)) }
      let current = scenario.emotions.state(state.emotion) ?? now
      let unsaid = current.lines.indices.filter {
        current.conditions(ofLine: $0).allSatisfy(progress.isSettled) && !progress.said.contains(current.lines[$0])
      }
      if !unsaid.isEmpty {
        let line = current.lines[unsaid[state.generator.next(below: unsaid.count)]]
        progress.said.insert(line)
        return (line, LineChoice(.state))
      }
      return (pick(from: reaction.lines, pool: "reactie:\(index)", in: &state), LineChoice(.reaction))
    }

    // Spoken to as if the child were at the table ("Klopt dat, Sanne?") while the child is not there: she cannot
    // answer for the child, and says so rather than confirming it herself.
    if !scenario.studentPresent, let name = scenario.student?.name,
      Self.addressesByName(analysis.text, student: name, nameOnly: true),
      let line = fresh(story.inVoice(StoryDefaults.childNotHere(name)), &progress, &state)
    {
      return (line, LineChoice(.unclear))
    }

    // A proposal mid-conversation gets her reaction to it, in the teacher's own words, by how tense she is; it
    // answers her question what school is going to do.
    if reading.proposes {
      if let pending = progress.pendingQuestion, let question = story.questions.first(where: { $0.id == pending.id }),
        ProposalReaction.asksForAction(question), let index = progress.asked.lastIndex(of: pending)
      {
        progress.asked[index].answeredAtTurn = state.turn
      }
      if let line = proposalLine(to: analysis.text, intensity: now.intensity, story, &progress, &state) {
        // What happens next in the case is said now: she no longer asks it as if nobody did.
        if progress.nextStepTurn == nil, !reading.sideTrack { progress.nextStepTurn = state.turn }
        // A proposal that asks her something on a key topic ("Hoe kan ik u het beste bereiken?"): she takes the
        // proposal and answers the question.
        if let fact = openedKeyFact(
          reading, text: analysis.text, markers: analysis.markerSet, topics: [], story: story, trust: intensity,
          progress: progress, questionsOnly: true),
          let told = reveal(fact, question: analysis.text, &progress, &state)
        {
          return (line + " " + story.withoutVoice(told), LineChoice(.topic, about: fact.id))
        }
        // A proposal that asks when it suits her or how to reach her ("Welke dag past het beste?"): she takes the
        // proposal and answers that too.
        if let answer = practicalAnswer(
          to: analysis.text, kinds: [.when, .contact], story: story, now: now, &progress, &state)
        {
          return (line + " " + story.withoutVoice(answer), LineChoice(.proposal))
        }
        return (line, LineChoice(.proposal))
      }
    }

    // A check of what she feels ("Ik hoor ook angst, is dat zo?"): a feeling of her state's family she confirms, as
    // she takes an acknowledgement; another she corrects with her own feeling.
    if let check = reading.checkedFeeling, newPoints.isEmpty {
      let current = scenario.emotions.state(state.emotion) ?? now
      let hers = FeelingFamily.of(current)
      // What brought her here stays with her while she calms down: the feeling of the conversation's start too.
      let underlying = scenario.emotions.state(scenario.emotions.start).flatMap(FeelingFamily.of)
      if hers == nil || hers == check.family || underlying == check.family {
        var rest = reading
        rest.checkedFeeling = nil
        rest.acknowledges = true
        (rest.asksForStory, rest.asksUnmatched, rest.asksKindWithoutTopic, rest.asksHerFeeling) = (
          false, false, false, false
        )
        rest.topics = []
        rest.askedTopics = []
        state.story = progress
        let (line, choice) = storyLine(
          for: analysis, reading: rest, newPoints: [], story: story, trust: intensity, now: now, in: &state)
        progress = state.story
        return (line, choice.reason == .feeling ? choice : LineChoice(.feeling, about: choice.about))
      }
      let lines = StoryDefaults.feelingCorrected(check.word, hers: hers, intensity: current.intensity)
      if let line = fresh(story.inVoice(lines), &progress, &state) { return (line, LineChoice(.feeling)) }
    }

    // An acknowledgement of her feeling or situation: she takes it first ("Ja, eerlijk gezegd wel."), in her
    // state's terms, and then says what she would have said (her point, her question), composed as one turn.
    // Reassured ("U bent zeker geen slechte moeder."), she takes the reassurance the same way: relieved, with a
    // 'maar', or doubting it, by her state.
    if reading.acknowledges || reading.reassures, reading.askedTopics.isEmpty, newPoints.isEmpty || reading.admitsFault
    {
      var rest = reading
      rest.acknowledges = false
      rest.reassures = false
      rest.acknowledgementTaken = true
      // A word of her feeling that is also a topic word ("teleurgesteld") does not make the acknowledgement a
      // question on that topic: what follows is her own point. A reflecting paraphrase keeps its topics.
      if !reading.paraphrases {
        rest.topics = []
        rest.askedTopics = []
      }
      state.story = progress
      var (line, choice) = storyLine(
        for: analysis, reading: rest, newPoints: [], story: story, trust: intensity, now: now, in: &state)
      progress = state.story
      if [.paraphrase, .sidetrack, .smallTalk, .answer, .proposal].contains(choice.reason) { return (line, choice) }
      let current = (scenario.emotions.state(state.emotion) ?? now).intensity
      // Listened to after she kept something back, she tells it now rather than a line of her state.
      if [LineChoice.Reason.state, .unclear, .question].contains(choice.reason),
        let (told, fact) = volunteered(story: story, trust: intensity, question: analysis.text, &progress, &state)
      {
        progress.said.remove(line)
        if choice.reason == .question, let index = progress.asked.lastIndex(where: { $0.turn == state.turn }) {
          progress.asked.remove(at: index)
        }
        (line, choice) = (told, LineChoice(.topic, about: fact))
      }
      // Not "Ja. ..." before a line that itself opens with "Ja,": the two would stutter.
      let opening = story.withoutVoice(line).prefix { $0.isLetter }.lowercased()
      let taking =
        reading.reassures
        ? StoryDefaults.reassuredBy(intensity: current) : StoryDefaults.acknowledged(intensity: current)
      let lines = taking.filter {
        $0.prefix { $0.isLetter }.lowercased() != opening
      }
      guard let taken = fresh(story.inVoice(lines), &progress, &state) else { return (line, choice) }
      if choice.reason == .unclear { return (taken, LineChoice(.feeling)) }
      if choice.reason == .topic { return (taken + " " + story.withoutVoice(line), choice) }
      return (taken + " " + story.withoutVoice(line), LineChoice(.feeling, about: choice.about))
    }

    // A greeting or welcome (with the conversation's purpose) that asks nothing: she greets back and says what
    // she expects or worries about, not a line of a topic the welcome happens to name.
    if reading.greets, !reading.acknowledges, !reading.proposes, newPoints.isEmpty,
      let line = greetingReply(to: analysis.text, story: story, &progress, &state)
    {
      return (line, LineChoice(.smallTalk))
    }

    // A practical question on the call itself ("Heeft u even een paar minuten?"): a short answer by her state,
    // not a line of a topic the same sentence names.
    if let line = practicalAnswer(to: analysis.text, kinds: [.time], story: story, now: now, &progress, &state) {
      return (line, LineChoice(.answer))
    }

    // Invited to say what she wants to ask ("Wat staat er voor u bovenaan?"): her question still open, asked again,
    // else the first she did not ask yet, whatever the turn.
    if reading.invitesHerQuestions, reading.askedTopics.isEmpty, newPoints.isEmpty {
      if let pending = progress.pendingQuestion,
        let question = story.questions.first(where: { $0.id == pending.id }),
        let line = fresh([question.askAgain], &progress, &state)
      {
        return (line, LineChoice(.question, about: question.id))
      }
      if progress.pendingQuestion == nil, let asked = askNewQuestion(story, anyTurn: true, &progress, &state) {
        return asked
      }
    }

    // A key fact, when the reply asks about its topic well enough and she trusts the teacher enough.
    // A question after something else in the reply is what she answers: only its topics count then.
    let asked = reading.askedTopics.isEmpty ? reading.topics : reading.askedTopics
    if let fact = openedKeyFact(
      reading, text: analysis.text, markers: analysis.markerSet, topics: asked, story: story, trust: intensity,
      progress: progress), let line = reveal(fact, question: analysis.text, &progress, &state)
    {
      // Each question of the reply counts by its own topics: a broad one ("Hoe gaat het nu met Emma?") is not hidden
      // by a more specific one in the next question.
      let perQuestion = topicMatcher.map { matcher in
        questionSentences(in: analysis.text).flatMap { StoryReading.questionTopics(in: $0, matcher: matcher) }
      }
      keepAsked(reading.topics + (perQuestion ?? []), besides: fact, story: story, &progress)
      return (line, LineChoice(.topic, about: fact.id))
    }

    // A paraphrase: confirmed when it is about what she told, corrected when it is about what she did not say.
    // A paraphrase followed by a question on a topic: she answers the question.
    if reading.paraphrases, reading.askedTopics.isEmpty {
      // What she is upset about now (the topics of her state's lines) counts too: she need not have used its words.
      // Her state's lines are read only when what she told does not decide it.
      // Everything she said so far counts, her opening line too, by every topic its words name.
      let saidTopics = Set(progress.said.flatMap { topicMatcher?.mentionedTopics(in: $0) ?? [] })
      let told =
        reading.topics.contains(where: { progress.told.contains($0) || saidTopics.contains($0) })
        || (!reading.topics.isEmpty
          && reading.topics.contains(
            where: Set(sayableLines(now, in: state).flatMap { topicMatcher?.topics(in: $0) ?? [] }).contains))
        || (topicMatcher?.repeatsContentWord(
          of: progress.said, in: analysis.text, ignoring: [scenario.student?.name, scenario.parent.name]) ?? false)
      // After a question on something unrelated that she did not answer, a paraphrase that names none of her topics
      // or words puts words in her mouth ("Dus u vindt het mooi, maar kaal."): she did not say it, and steers back.
      if reading.topics.isEmpty, !told, state.replyMarkers.dropLast().last == [.afleiden],
        let line = fresh(story.inVoice(StoryDefaults.notSaid), &progress, &state)
      {
        guard let back = fresh(story.inVoice(StoryDefaults.backToPoint), &progress, &state) else {
          return (line, LineChoice(.paraphrase))
        }
        return (line + " " + story.withoutVoice(back), LineChoice(.paraphrase))
      }
      // A reflection of what she feels or means is not corrected for words she did not use.
      let confirmed = reading.topics.isEmpty || told || !reading.attributesSaying
      let lines =
        confirmed
        ? (story.confirmLines.isEmpty ? story.inVoice(StoryDefaults.confirm) : story.confirmLines)
        : (story.correctLines.isEmpty ? story.inVoice(StoryDefaults.correct) : story.correctLines)
      if let line = fresh(lines, &progress, &state) {
        // Understood after she kept something back, she tells it now.
        if confirmed,
          let (told, fact) = volunteered(story: story, trust: intensity, question: analysis.text, &progress, &state)
        {
          return (line + " " + story.withoutVoice(told), LineChoice(.topic, about: fact))
        }
        return (line, LineChoice(.paraphrase, about: reading.topics.first))
      }
    }

    // An answer on the topic: open when she trusts the teacher enough, guarded while she does not.
    for id in asked {
      guard let topic = story.topic(id) else { continue }
      let open = intensity <= topic.openUpToIntensity
      let lines = knowingTheMatter(
        focused(open ? topic.openLines : topic.guardedLines, on: analysis.text, said: progress.said), progress
      ).filter {
        !contradictsLastReply($0, progress: progress)
          && !answersUnasked($0, topic: id, reply: analysis.text, story: story)
      }
      if let line = fresh(lines, &progress, &state) {
        if open { progress.told.insert(id) } else { progress.guarded.insert(id) }
        // Asked about it, she told the topic but kept back a key fact behind it that needs more trust: she may tell
        // it later, as after a guarded answer.
        if open, story.keyFacts.contains(where: { $0.topic == id && !progress.hasFound($0.id) }) {
          progress.guarded.insert(id)
        }
        return (line, LineChoice(.topic, about: id))
      }
    }

    // Every line of the asked topic said (or waiting): she says again what she told on it, rather than a line of
    // another topic.
    if !reading.sideTrack, let (line, id) = toldAgain(asked, story: story, trust: intensity, &progress, &state) {
      return (line, LineChoice(.topic, about: id))
    }

    // A practical question no topic of hers is about (how to reach her, when it suits her): a short plausible
    // answer by her state.
    if let line = practicalAnswer(
      to: analysis.text, kinds: [.contact, .when], story: story, now: now, &progress, &state)
    {
      return (line, LineChoice(.answer))
    }

    // Asked too early and answered guarded, an open question on the case once she trusts the teacher more opens
    // what she kept back, also one of a general kind her story has no topic for ("Wat is uw grootste zorg?").
    if reading.asksKindWithoutTopic, reading.asksWell, !reading.asksTheChild, reading.topics.isEmpty,
      let fact = keyFactAskedBefore(story: story, trust: intensity, progress: progress),
      let line = reveal(fact, question: analysis.text, &progress, &state)
    {
      return (line, LineChoice(.topic, about: fact.id))
    }

    // A general question of a kind her story has no topic for (what he thinks himself, what helps): she says
    // honestly that she does not know, rather than answering on another topic.
    if reading.asksKindWithoutTopic {
      let name = scenario.student?.name
      let child = reading.asksTheChild && name != nil ? ["Dat zou u \(name!) eigenlijk zelf moeten vragen."] : []
      let unknown = reading.unknownLines.isEmpty ? StoryDefaults.notSure : reading.unknownLines
      if let line = fresh(story.inVoice(child + unknown), &progress, &state) {
        return (line, LineChoice(.unclear))
      }
    }

    // How it was for her, with no topic named: how she feels, in her state's words.
    if reading.asksHerFeeling, reading.topics.isEmpty, let current = scenario.emotions.state(state.emotion),
      let line = stateLine(current, progress: &progress, in: &state)
        ?? fresh(story.inVoice(StoryDefaults.howItWas(intensity: current.intensity)), &progress, &state)
    {
      return (line, LineChoice(.feeling))
    }

    // An open question on the case that names no topic: what she is upset about now, else what is still untold.
    // Asked again openly when she trusts the teacher more, she tells what she kept back before.
    if reading.asksForStory, let fact = keyFactAskedBefore(story: story, trust: intensity, progress: progress),
      let line = reveal(fact, question: analysis.text, &progress, &state)
    {
      return (line, LineChoice(.topic, about: fact.id))
    }
    if reading.asksForStory, let (line, id) = untoldStory(story, trust: intensity, now: now, &progress, &state) {
      return (line, LineChoice(.topic, about: id))
    }

    // Small talk gets a short social answer once; asked again, it is passed over as the rest of her turn.
    let social = story.inVoice(StoryDefaults.social)
    if reading.smallTalk, !social.contains(where: progress.said.contains), let line = fresh(social, &progress, &state) {
      return (line, LineChoice(.smallTalk))
    }

    if reading.sideTrack {
      progress.sideTrackTurn = state.turn
      // Asked about unrelated things again and again, she says so again rather than telling her story.
      // The first time she asks what it has to do with it; after that she asks to get back to the point.
      // A remark that asks nothing does not get "Waarom wilt u dat weten?".
      let asksSomething = topicMatcher?.questionShape(of: analysis.text).asks ?? true
      let own = story.sideTrackLines.isEmpty ? story.inVoice(StoryDefaults.sideTrack) : story.sideTrackLines
      let fitting = asksSomething ? own : own.filter { !DutchStoryWords.refusesQuestion($0) }
      let lines = fitting.isEmpty ? story.inVoice(StoryDefaults.backToPoint) : fitting
      let friendly = story.inVoice(StoryDefaults.friendlyAside(child: scenario.student?.name))
      let before = (lines + friendly).contains(where: progress.said.contains)
      // Calm, she answers it briefly and kindly the first time and steers back.
      let current = (scenario.emotions.state(state.emotion) ?? now).intensity
      let calm = current <= 4
      if calm, !before, let line = fresh(friendly, &progress, &state) {
        return (greetedBack(line, reply: analysis.text, story: story, intensity: current), LineChoice(.sidetrack))
      }
      // Every such line said, she says it more firmly in other words before one comes again word for word.
      let again = story.inVoice(StoryDefaults.sideTrackAgain(child: scenario.student?.name))
      let line =
        (before ? fresh(story.inVoice(StoryDefaults.backToPoint), &progress, &state) : nil) ?? fresh(
          lines, &progress, &state)
        ?? fresh(again, &progress, &state)
        ?? pick(from: lines + again, pool: "zijpad:\(lines.count)", in: &state)
      return (greetedBack(line, reply: analysis.text, story: story, intensity: current), LineChoice(.sidetrack))
    }

    // Her own question: asked again when it was passed over; passed over twice, she grows tenser.
    if let pending = progress.pendingQuestion, pending.timesIgnored < 2,
      let index = progress.asked.lastIndex(of: pending),
      let question = story.questions.first(where: { $0.id == pending.id })
    {
      progress.asked[index].timesIgnored += 1
      if progress.asked[index].timesIgnored == 1, let line = fresh([question.askAgain], &progress, &state) {
        return (line, LineChoice(.question, about: question.id))
      }
      if let tenser = tenserState(than: now) { state.emotion = tenser.id }
      if let line = fresh(story.inVoice(StoryDefaults.ignored), &progress, &state) {
        return (line, LineChoice(.question, about: question.id))
      }
    }
    if progress.pendingQuestion == nil || (progress.pendingQuestion?.timesIgnored ?? 0) >= 2,
      let asked = askNewQuestion(story, &progress, &state)
    {
      return asked
    }

    // A vague question that names no topic (an open one on the case got her story above): she asks what is meant
    // rather than talking past it with a state line.
    if reading.asksUnmatched, !reading.paraphrases {
      let lines = story.unclearLines.isEmpty ? story.inVoice(StoryDefaults.unclear) : story.unclearLines
      if let line = fresh(lines, &progress, &state) { return (line, LineChoice(.unclear)) }
    }

    if let (_, reaction) = reaction(to: analysis, in: now.id, blockadesOnly: false),
      let line = fresh(reaction.lines, &progress, &state)
    {
      return (line, LineChoice(.reaction))
    }
    let current = scenario.emotions.state(state.emotion) ?? now
    if let line = stateLine(current, progress: &progress, in: &state) { return (line, LineChoice(.state)) }
    // Every line of this state that may be said was said (the opening too): a short acknowledgement rather than a
    // line word for word again; those said too, a line of the nearest state that may be said.
    let filler = story.inVoice(StoryDefaults.filler)
    if let line = fresh(filler, &progress, &state) { return (line, LineChoice(.state)) }
    let others = scenario.emotions.states.filter { $0.ending == nil && $0.id != current.id }
      .sorted { abs($0.intensity - current.intensity) < abs($1.intensity - current.intensity) }
    for other in others {
      if let line = stateLine(other, progress: &progress, in: &state) { return (line, LineChoice(.state)) }
    }
    return (pick(from: filler, pool: "vulling", in: &state), LineChoice(.state))
  }

  /// Her reaction to the proposal in `reply` at `intensity`, in the teacher's own words; nil when all were said.
  func proposalLine(
    to reply: String, intensity: Int, _ story: Story, _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> String? {
    let lines = story.inVoice(
      ProposalReaction.lines(
        intensity: intensity, echo: ProposalReaction.echo(of: reply), phrase: ProposalEcho.echo(in: reply),
        timed: ProposalEcho.phrase(in: reply) != nil, request: ProposalReaction.requestsAction(reply),
        said: progress.said))
    return fresh(lines, &progress, &state)
  }

  /// Her answer on the first of `topics` whose lines were all said: what she said on it before, as said before
  /// ("Zoals ik al zei: ..."), the lines of her trust first; nil when no such line is left.
  func toldAgain(
    _ topics: [String], story: Story, trust intensity: Int, _ progress: inout StoryProgress,
    _ state: inout ConversationState
  ) -> (String, String)? {
    for id in topics {
      guard let topic = story.topic(id) else { continue }
      let open = intensity <= topic.openUpToIntensity
      let own = open ? topic.openLines : topic.guardedLines
      let before = (own + (open ? topic.guardedLines : topic.openLines)).filter(progress.said.contains)
      let lines = before.map { story.withoutVoice($0) }.flatMap { line in
        story.inVoice(StoryDefaults.saidBefore).map { $0 + " " + line }
      }
      if let line = fresh(lines, &progress, &state) { return (line, id) }
      // Nothing said on it yet (its lines wait for something): her guarded answer in general words.
      guard before.isEmpty, let line = fresh(story.inVoice(StoryDefaults.guardedAnyTopic), &progress, &state)
      else { continue }
      progress.guarded.insert(id)
      return (line, id)
    }
    return nil
  }

  /// Her first question not asked yet whose conditions are met (from its turn on, or at any turn when `anyTurn`),
  /// asked now; nil when there is none.
  func askNewQuestion(
    _ story: Story, anyTurn: Bool = false, _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> (String, LineChoice)? {
    let new = story.questions.first { question in
      !progress.asked.contains { $0.id == question.id } && (anyTurn || state.turn >= question.fromTurn)
        && question.after.allSatisfy(progress.isSettled)
    }
    guard let question = new else { return nil }
    progress.asked.append(AskedQuestion(id: question.id, turn: state.turn))
    progress.said.insert(question.question)
    return (question.question, LineChoice(.question, about: question.id))
  }

  /// Asked about two of her topics at once ("Hoe slaapt ze? En hoe gaat het met haar vriendinnen?"), she tells the
  /// key fact behind one; the other question stays with her as one she did not answer yet, so that coming back to
  /// it, an open question on the case or listening later opens what is behind it, as after a guarded answer.
  func keepAsked(_ asked: [String], besides fact: KeyFact, story: Story, _ progress: inout StoryProgress) {
    for topic in asked where topic != fact.topic {
      if story.keyFacts.contains(where: { $0.topic == topic && !progress.hasFound($0.id) }) {
        progress.guarded.insert(topic)
      }
    }
  }

  /// The key fact she kept back when asked before (answered guarded), told now that she trusts the teacher enough,
  /// with its id; nil when there is none. Only a teacher who asked about it can hear it this way.
  func volunteered(
    story: Story, trust: Int, question: String, _ progress: inout StoryProgress, _ state: inout ConversationState
  ) -> (String, String)? {
    guard let fact = keyFactAskedBefore(story: story, trust: trust, progress: progress),
      let line = reveal(fact, question: question, &progress, &state)
    else { return nil }
    return (line, fact.id)
  }

  /// The most relevant line of her story not told yet, and its topic: first a topic of what she is upset about
  /// now (the topics of her state's lines), then one behind a key fact not found, then the rest in story order;
  /// open or guarded by trust, as a question on that topic would get.
  func untoldStory(
    _ story: Story, trust intensity: Int, now: EmotionState, _ progress: inout StoryProgress,
    _ state: inout ConversationState
  ) -> (String, String)? {
    let upset = Set(sayableLines(now, in: state).flatMap { topicMatcher?.topics(in: $0) ?? [] })
    let behindFacts = Set(story.keyFacts.filter { !progress.hasFound($0.id) }.map(\.topic))
    let untold = story.topics.filter { !progress.told.contains($0.id) }
    let ordered =
      untold.filter { upset.contains($0.id) } + untold.filter { !upset.contains($0.id) && behindFacts.contains($0.id) }
      + untold.filter { !upset.contains($0.id) && !behindFacts.contains($0.id) }
    for topic in ordered {
      let open = intensity <= topic.openUpToIntensity
      let lines = knowingTheMatter(open ? topic.openLines : topic.guardedLines, progress).filter {
        !answersUnasked($0, topic: topic.id, reply: progress.lastReply, story: story)
      }
      if let line = fresh(lines, &progress, &state) {
        if open { progress.told.insert(topic.id) } else { progress.guarded.insert(topic.id) }
        progress.mentioned.insert(topic.id)
        return (line, topic.id)
      }
    }
    return nil
  }

  /// A line of `emotion` whose `na` is met and that was not said yet in this conversation; nil when every such
  /// line was said or waits for something that has not come up.
  func stateLine(_ emotion: EmotionState, progress: inout StoryProgress, in state: inout ConversationState) -> String? {
    // Once the teacher explained what happens next, she does not ask it as if nobody did.
    let unsaid = emotion.lines.indices.filter {
      emotion.conditions(ofLine: $0).allSatisfy(progress.isSettled) && !progress.said.contains(emotion.lines[$0])
        && (progress.nextStepTurn == nil || !DutchStoryWords.asksNextStep(emotion.lines[$0]))
        && !contradictsLastReply(emotion.lines[$0], progress: progress)
    }
    guard !unsaid.isEmpty else { return nil }
    let line = emotion.lines[unsaid[state.generator.next(below: unsaid.count)]]
    progress.said.insert(line)
    return line
  }

  /// The lines of `emotion` she may say now: those whose `na` came up (all lines when none may be said yet).
  func sayableLines(_ emotion: EmotionState, in state: ConversationState) -> [String] {
    let allowed = emotion.lines.indices.filter { emotion.conditions(ofLine: $0).allSatisfy(state.story.isSettled) }
    return allowed.isEmpty ? emotion.lines : allowed.map { emotion.lines[$0] }
  }

  /// The line pool's name for `lines` of `emotion`: the state's own pool when they are all its lines.
  func statePool(_ emotion: EmotionState, _ lines: [String]) -> String {
    lines.count == emotion.lines.count ? "toestand:\(emotion.id)" : "toestand:\(emotion.id):\(lines.count)"
  }

  /// A line from `lines` not said before in this conversation, or nil when all were said.
  func fresh(_ lines: [String], _ progress: inout StoryProgress, _ state: inout ConversationState) -> String? {
    let unsaid = lines.filter { !progress.said.contains($0) }
    guard !unsaid.isEmpty else { return nil }
    let line = unsaid[state.generator.next(below: unsaid.count)]
    progress.said.insert(line)
    return line
  }

  /// The next-tenser state she can move to from `emotion` (a transition's target, no end), if any.
  func tenserState(than emotion: EmotionState) -> EmotionState? {
    scenario.emotions.transitions.filter { $0.applies(in: emotion.id) }
      .compactMap { scenario.emotions.state($0.to) }
      .filter { $0.ending == nil && $0.intensity > emotion.intensity }
      .min { $0.intensity < $1.intensity }
  }
}

extension StoryProgress {
  /// Whether a condition id is met: the topic, key fact or point came up.
  func isSettled(_ id: String) -> Bool { mentioned.contains(id) || hasFound(id) || hasRaised(id) }

  /// Takes in what a reply named: topics and points mentioned, points raised, her questions answered. Returns
  /// the school's points raised for the first time.
  mutating func absorb(_ reading: StoryReading, turn: Int) -> [String] {
    mentioned.formUnion(reading.topics)
    mentioned.formUnion(reading.points)
    for id in reading.answers {
      if let index = asked.lastIndex(where: { $0.id == id && $0.answeredAtTurn == nil }) {
        asked[index].answeredAtTurn = turn
      } else if !asked.contains(where: { $0.id == id }) {
        // Answered before she asked it (a plan that says what school will do): she need not ask it any more.
        var question = AskedQuestion(id: id, turn: turn)
        question.answeredAtTurn = turn
        asked.append(question)
      }
    }
    let new = reading.points.filter { !hasRaised($0) }
    for id in new { raised.append(RaisedSchoolPoint(id: id, turn: turn, manner: reading.manner)) }
    return new
  }
}

extension ConversationEngine {
  /// Blockades that come before her reaction to an answer: an answer given as a reproach is heard as a reproach.
  static let hardBlockades: Set<Marker> = [
    .jijBoodschap, .bekritiseren, .etiketteren, .moraliseren, .bevelen, .waarschuwen,
  ]

  /// Marks her questions this reply answers beyond their answer words: the one she just asked, when the reply
  /// is a statement shaped as an answer or picks up a content word of it; her questions what will happen, when
  /// the reply explains the next step (also before she asked them: she need not ask any more).
  func markAnswers(
    _ reading: StoryReading, analysis: ReplyAnalysis, story: Story, _ progress: inout StoryProgress, turn: Int
  ) {
    if let pending = progress.pendingQuestion, pending.turn == turn - 1, !reading.acknowledges,
      !reading.acknowledgementTaken,
      let index = progress.asked.lastIndex(of: pending),
      let question = story.questions.first(where: { $0.id == pending.id }), reading.askedTopics.isEmpty,
      reading.answerShape
        || (!reading.sideTrack && reading.topics.isEmpty && reading.points.isEmpty
          && !(topicMatcher?.questionShape(of: analysis.text).asks ?? true)
          && (topicMatcher?.repeatsContentWord(
            of: [question.question], in: analysis.text, ignoring: [scenario.student?.name, scenario.parent.name])
            ?? false))
    {
      progress.asked[index].answeredAtTurn = turn
    } else if reading.answersHerQuestion, let pending = progress.pendingQuestion, pending.turn < turn,
      let index = progress.asked.lastIndex(of: pending)
    {
      // "Je vraagt of ...: nee, ..." answers her question, also when something came in between.
      progress.asked[index].answeredAtTurn = turn
    }
    guard reading.explainsNextStep else { return }
    if progress.nextStepTurn == nil { progress.nextStepTurn = turn }
    for question in story.questions where ProposalReaction.asksForAction(question) {
      if let index = progress.asked.lastIndex(where: { $0.id == question.id && $0.answeredAtTurn == nil }) {
        progress.asked[index].answeredAtTurn = turn
      } else if !progress.asked.contains(where: { $0.id == question.id }) {
        var answered = AskedQuestion(id: question.id, turn: turn)
        answered.answeredAtTurn = turn
        progress.asked.append(answered)
      }
    }
  }
}

/// The engine's own Dutch lines, for a story that does not give its own.
enum StoryDefaults {
  /// Her taking an acknowledgement of her feeling or situation, by how tense she is.
  static func acknowledged(intensity: Int) -> [String] {
    switch intensity {
    case ...4: ["Fijn dat u dat zegt.", "Dank u. Dat doet me wel goed.", "Ja. Dat is zo, eigenlijk."]
    case 5...6: ["Ja, eerlijk gezegd wel.", "Ja. Dat klopt wel.", "Nou, fijn dat u dat ziet."]
    case 7: ["Ja. Dat is ook zo.", "Ja, en dat mag u best weten.", "Nou en of."]
    default: ["Dat zeggen ze allemaal.", "Ja. Nou en of.", "Dat is wel het minste, ja."]
    }
  }

  /// Her being reassured: only by an answer that reassures.
  static let reassured = ["Oké, dat stelt me gerust."]

  /// Her reaction to the teacher's answer to her question, by how tense she is and what the answer does: an
  /// answer that withholds something ("daar kan ik u niets over vertellen") is taken grudgingly, and only one
  /// that reassures (`reassures`, or its words) reassures her.
  static func answerTaken(intensity: Int, reply: String, reassures: Bool = false) -> [String] {
    let lower = DutchStoryWords.plain(reply)
    if DutchStoryWords.withholds(lower) { return withheldTaken(intensity: intensity) }
    let lines = answerTaken(intensity: intensity)
    if reassures || DutchStoryWords.reassures(lower) { return lines }
    return lines.filter { !reassured.contains($0) }
  }

  /// Her taking an answer that withholds what she asked, by how tense she is.
  static func withheldTaken(intensity: Int) -> [String] {
    switch intensity {
    case ...4: ["Jammer. Maar goed, dan weet ik dat.", "Hm. Dat had ik liever anders gehoord, maar goed."]
    case 5...6: ["Hm. Dat vind ik maar mager.", "Dus daar hoor ik verder niks over. Goed."]
    default: ["Dus ik hoor niks. Mooi is dat.", "Makkelijk, zo. Dan weet ik nog niks."]
    }
  }

  /// Her reaction to the teacher's answer to her question: accepting it when calm, doubting it when tense.
  static func answerTaken(intensity: Int) -> [String] {
    switch intensity {
    case ...4: ["Goed, dan weet ik dat.", "Fijn. Dat is duidelijk."] + reassured
    case 5...6:
      ["Goed. Dat wil ik dan wel geloven.", "Oké. Dan weet ik dat in elk geval.", "Hm. Goed, dat is een antwoord."]
    default: ["Dat zegt u nu.", "Hm. Dat zullen we dan wel zien.", "Dat moet ik dan maar geloven, zeker?"]
    }
  }

  /// Her honest answer to a question she has no answer to.
  static let notSure = [
    "Dat weet ik eigenlijk niet.", "Goede vraag. Daar heb ik eerlijk gezegd geen antwoord op.",
    "Ik weet het niet precies. Daar moet ik over nadenken.",
  ]

  /// Openings of a line said again on a topic asked about again.
  static let saidBefore = ["Dat zei ik al.", "Dat heb ik al gezegd."]
  /// Her guarded answer on a topic none of whose lines she can say yet.
  static let guardedAnyTopic = [
    "Daar wil ik nu nog niet zoveel over zeggen.", "Dat is niet zo makkelijk uit te leggen.",
  ]

  static let confirm = ["Ja, precies. Zo is het.", "Ja. Dat is het, eigenlijk.", "Zo voelt het, ja."]
  static let correct = ["Nee, zo bedoel ik het niet.", "Dat heb ik niet gezegd."]
  /// Her answer to a paraphrase of an answer she never gave.
  static let notSaid = ["Dat heb ik helemaal niet gezegd.", "Dat zei ik niet."]
  static let sideTrack = ["Wat heeft dat hiermee te maken?", "Daar kom ik hier niet voor."]
  static let unclear = [
    "Hoe bedoelt u dat precies?", "Dat weet ik eigenlijk niet precies.", "Waar wilt u naartoe met die vraag?",
    "Daar heb ik niet zo over nagedacht. Wat bedoelt u?",
  ]
  static let backToPoint = [
    "Kunnen we het weer over mijn kind hebben? Daar kwam ik voor.", "Ik wil graag terug naar waar het over ging.",
  ]
  /// Her words when the teacher keeps talking about other things after she asked to get back to the point.
  static func sideTrackAgain(child: String?) -> [String] {
    let who = child ?? "mijn kind"
    return [
      "Nu dwalen we alweer af. Ik ben hier voor \(who).",
      "Ik vraag het nog één keer: kunnen we het over \(who) hebben?",
      "Als het niet over \(who) gaat, kan ik net zo goed weer gaan.",
    ]
  }
  static let social = ["Goed, dank u. Nou ja, het gaat.", "Het gaat, dank u.", "Gaat wel, dank u."]
  static let filler = ["Hm.", "Ja. Gaat u verder.", "Ik luister."]
  static let ignored = ["U gaat niet op mijn vraag in. Dat merk ik wel.", "Ik krijg dus geen antwoord. Goed."]
}

extension ConversationEngine {
  /// What she says herself counts as told: a paraphrase of it is confirmed, and lines that wait for it may come.
  func noteTold(_ line: String, in state: inout ConversationState) {
    guard let matcher = topicMatcher else { return }
    let topics = matcher.mentionedTopics(in: line)
    state.story.told.formUnion(topics)
    state.story.mentioned.formUnion(topics)
  }
}
