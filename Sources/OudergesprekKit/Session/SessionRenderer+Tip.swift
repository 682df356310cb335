extension SessionRenderer {
  /// A hint for this moment: based on the parent's emotion, the last reply, the time, and what calms this parent.
  public func tip(engine: ConversationEngine, state: ConversationState) -> String {
    let emotion = engine.emotion(of: state)
    var lines: [String] = ["Tip: de ouder is nu \"\(safe(emotion.name))\" (\(emotion.intensity)/10)."]
    if state.earlyEndingAdvisedAtTurn != nil, let rule = scenario.earlyEnding,
      emotion.intensity >= rule.minimumIntensity
    {
      lines.append(
        "  Dit is een moment om het gesprek vroegtijdig en professioneel af te ronden (/stop). "
          + safe(rule.explanation))
    } else if scenario.turnBudget - state.turn <= 2 {
      lines.append(
        "  De tijd is bijna om: vat samen, maak een concrete afspraak (wie, wat, wanneer) en bedank de ouder.")
    } else if let last = state.replyMarkers.last, let blockade = last.first(where: \.isBlockade) {
      lines.append("  Je vorige antwoord was \(blockade.dutchName). " + (blockade.knowledge.advice ?? ""))
    } else if emotion.intensity >= 7 {
      lines.append(
        "  Eerst het gevoel, dan de inhoud: benoem wat je de ouder ziet voelen ('Ik merk dat u hier boos over bent').")
    } else if emotion.intensity <= 3 {
      lines.append("  De ouder staat open: werk toe naar concrete afspraken en een vervolgafspraak.")
    } else {
      lines.append("  Vraag door met een open vraag of vat samen wat je tot nu toe hoort.")
    }
    if let story = scenario.story {
      // What is still unexplored in her story, not which technique moves the model.
      lines.append("  " + storyTip(story, state: state, intensity: emotion.intensity))
      return lines.joined(separator: "\n")
    }
    let calming = helpfulSelectors(engine: engine, state: state)
    if !calming.isEmpty {
      lines.append("  Bij deze ouder helpt nu: \(calming.joined(separator: ", ")).")
    }
    return lines.joined(separator: "\n")
  }

  /// The markers that move the parent to a calmer state from here, in the scenario's own transitions.
  private func helpfulSelectors(engine: ConversationEngine, state: ConversationState) -> [String] {
    let now = engine.emotion(of: state).intensity
    var words: [String] = []
    for transition in scenario.emotions.transitions where transition.applies(in: state.emotion) {
      guard let target = scenario.emotions.state(transition.to) else { continue }
      let calmer = target.ending == .opgelost || (target.ending == nil && target.intensity < now)
      guard calmer else { continue }
      for selector in transition.on {
        let word = selector.description
        if !words.contains(word) { words.append(word) }
      }
    }
    return words
  }
}
