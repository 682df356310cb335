extension ConversationEngine {
  /// The simulated parent's answer to a step of the teacher's closing, in character; nil when the parent is silent.
  ///
  /// Walking out moves the parent to the scenario's escalated state and uses its lines; accepting an ending on time
  /// uses the lines of the resolved state. Lines are picked with the state's seeded generator, so replays match.
  ///
  /// When the parent accepts and the teacher's `closingWords` name a day or time, she repeats it ("Goed,
  /// donderdag om half negen dan.") instead of a line that could name another.
  public func closingLine(
    for step: EndingFlow.Step, kind: EndingKind, closingWords: [String] = [], in state: inout ConversationState
  ) -> (String, EmotionSnapshot)? {
    let proposal = closingWords.reversed().lazy.compactMap(ProposalEcho.echo).first
    guard case .finished(.accepteert) = step, let proposal else {
      // After closing words that name a plan, she does not ask what is agreed as if nobody said it.
      let plan =
        proposal != nil || closingWords.contains { DutchStoryWords.explainsNextStep(DutchStoryWords.plain($0)) }
      if plan, case .protest = step {
        return (
          pick(from: ClosingLines.protestAfterPlan, pool: "afsluiten:protest:plan", in: &state), emotion(of: state)
        )
      }
      if plan, case .finished(.blijftOntevreden) = step {
        return (
          pick(from: ClosingLines.unsatisfiedAfterPlan, pool: "afsluiten:ontevreden:plan", in: &state),
          emotion(of: state)
        )
      }
      return plainClosingLine(for: step, kind: kind, in: &state)
    }
    guard let (line, emotion) = plainClosingLine(for: step, kind: kind, in: &state) else { return nil }
    return (ProposalEcho.accepting(proposal, then: line, said: state.story.said), emotion)
  }

  private func plainClosingLine(for step: EndingFlow.Step, kind: EndingKind, in state: inout ConversationState) -> (
    String, EmotionSnapshot
  )? {
    switch step {
    case .noted, .nothingSaidYet:
      return nil
    case .protest:
      return (pick(from: ClosingLines.protest, pool: "afsluiten:protest", in: &state), emotion(of: state))
    case .finished(let reaction):
      switch reaction {
      case .looptWeg:
        if let escalated = scenario.emotions.states.first(where: { $0.ending == .geescaleerd }) {
          state.emotion = escalated.id
          let lines = sayableLines(escalated, in: state)
          return (pick(from: lines, pool: statePool(escalated, lines), in: &state), emotion(of: state))
        }
        return (pick(from: ClosingLines.walkOut, pool: "afsluiten:weg", in: &state), emotion(of: state))
      case .blijftOntevreden:
        return (pick(from: ClosingLines.unsatisfied, pool: "afsluiten:ontevreden", in: &state), emotion(of: state))
      case .accepteert:
        if kind == .opTijd, let resolved = scenario.emotions.states.first(where: { $0.ending == .opgelost }),
          !resolved.lines.isEmpty
        {
          let lines = sayableLines(resolved, in: state)
          return (pick(from: lines, pool: statePool(resolved, lines), in: &state), emotion(of: state))
        }
        return (pick(from: ClosingLines.acceptEarly, pool: "afsluiten:akkoord", in: &state), emotion(of: state))
      }
    }
  }
}

/// The parent's built-in lines for the closing, used when the scenario has none of its own.
enum ClosingLines {
  static let protest = [
    "Dus dat was het? En wat gebeurt er nu?",
    "Wacht even, u kunt me toch niet zomaar wegsturen? Wanneer hoor ik dan weer iets?",
    "En dan? Wat spreken we nu eigenlijk af?",
  ]
  /// Her protest after closing words that name a plan: not what is agreed, but whether it will hold.
  static let protestAfterPlan = [
    "Goed. Maar wie houdt in de gaten dat het ook echt gebeurt?",
    "En als het toch niet lukt? Bij wie kan ik dan terecht?",
  ]
  static let acceptEarly = [
    "Goed. Dan spreken we elkaar op dat moment verder.",
    "Vooruit. Ik ben er nog niet gerust op, maar dan horen we elkaar dan.",
    "Oké. Het is misschien ook beter zo. Dan wacht ik op die afspraak.",
  ]
  static let unsatisfied = [
    "Nou, dan ga ik maar. Ik weet nog steeds niet wat er nu gaat gebeuren.",
    "Goed dan. Maar ik ben hier helemaal niet gerust op.",
  ]
  /// Going along with a plan she is not at ease with.
  static let unsatisfiedAfterPlan = [
    "Goed dan. Maar ik ben hier helemaal niet gerust op.",
    "We zullen zien. Ik hoop dat het gaat zoals u zegt.",
  ]
  static let walkOut = [
    "Zo laat ik niet met me praten. Ik ga.",
    "Weet u wat? Ik ben hier klaar mee. U hoort nog van me.",
  ]
}
