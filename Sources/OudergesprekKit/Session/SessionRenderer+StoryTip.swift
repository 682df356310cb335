extension SessionRenderer {
  /// The content still unexplored in the parent's story: her open question, a key fact not found yet (by the
  /// name of its topic), a school's point not raised, or, when all is known, the step to agreements.
  func storyTip(_ story: Story, state: ConversationState, intensity: Int) -> String {
    let progress = state.story
    let parent = scenario.parent
    if let pending = progress.pendingQuestion, pending.timesIgnored < 2,
      let question = story.questions.first(where: { $0.id == pending.id })
    {
      return "\(parent.subjectPronoun.capitalized) wacht nog op antwoord op \(parent.possessivePronoun) vraag: "
        + ReportFormat.quote(question.question)
    }
    if let fact = story.keyFacts.first(where: { fact in
      !progress.hasFound(fact.id) && fact.after.allSatisfy(progress.isSettled)
    }), let topic = story.topic(fact.topic) {
      let known = "Je weet nog niet \(safe(topic.name))."
      if intensity > fact.openUpToIntensity {
        return known + " Daar is \(parent.subjectPronoun) nog niet open over: laat eerst merken dat je "
          + "\(parent.objectPronoun) hoort, vraag daarna door."
      }
      return known + " Vraag ernaar met een open vraag."
    }
    if let point = story.schoolPoints.first(where: { !progress.hasRaised($0.id) }) {
      return "Je hebt nog niet verteld wat school ziet: \(safe(point.point)) Zeg het als ik-boodschap."
    }
    return "Je weet wat er speelt en hebt alles genoemd: stel een concrete vervolgafspraak voor (wie, wat, wanneer)."
  }
}
