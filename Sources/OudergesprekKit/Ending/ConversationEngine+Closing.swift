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
      let named =
        proposal != nil || closingWords.contains { DutchStoryWords.explainsNextStep(DutchStoryWords.plain($0)) }
      // A plan about other things (a recipe, a TV series) is no plan for her child: when none about the case was
      // made before either, she says nothing was agreed about the child rather than doubting a plan.
      let plan = named && (state.story.nextStepTurn != nil || !aboutOtherThings(closingWords))
      if named, !plan, let lines = ClosingLines.nothingAgreed(for: step, child: scenario.student?.name) {
        return (pick(from: lines, pool: "afsluiten:niets-afgesproken", in: &state), emotion(of: state))
      }
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

  /// Whether the plan of closing words (their sentences that name a day or time or a next step) is about other
  /// things only (a recipe, a TV series, the camping) and names nothing of the case; never when the scenario has no
  /// story to tell it by. The thanks and wishes around the plan do not count.
  func aboutOtherThings(_ closingWords: [String]) -> Bool {
    guard let matcher = topicMatcher else { return false }
    let plan = closingWords.flatMap(StoryReading.sentences).filter { sentence in
      ProposalEcho.phrase(in: sentence) != nil || DutchStoryWords.explainsNextStep(DutchStoryWords.plain(sentence))
    }
    return !plan.isEmpty && matcher.namesOnlyOtherThings(plan.joined(separator: " "))
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
  /// Her lines when the closing words name a plan about other things and nothing was agreed about her child: for
  /// the protest and for going along unsatisfied; nil for other steps.
  static func nothingAgreed(for step: EndingFlow.Step, child: String?) -> [String]? {
    let who = child ?? "mijn kind"
    switch step {
    case .protest:
      return [
        "Dus dat was het? En over \(who) hebben we nu niets afgesproken.",
        "Wacht even. Ik kwam hier voor \(who), en daarover is nog niets afgesproken.",
      ]
    case .finished(.blijftOntevreden):
      return [
        "Nou, dan ga ik maar. Voor \(who) is er nu nog niets geregeld.",
        "Goed dan. Maar waar ik voor kwam, hebben we niet besproken.",
      ]
    default:
      return nil
    }
  }
  static let walkOut = [
    "Zo laat ik niet met me praten. Ik ga.",
    "Weet u wat? Ik ben hier klaar mee. U hoort nog van me.",
  ]
}
