extension PracticeSession {
  /// Whether the conversation reached its goal before the closing: the parent is ready to make agreements, or she
  /// is one step from it (her state leads straight to the resolved one) and a concrete next step was agreed on the
  /// way (see `SessionReview.agreedNextStep`). Then `/stop` is the end of the conversation, not an early one.
  public var goalReached: Bool {
    if state.outcome == .opgelost { return true }
    // With a story, the goal also needs every key fact found and every school's point raised.
    if let story = scenario.story, !state.story.goalMet(story) { return false }
    return Self.isOneStepFromAgreement(state.emotion, in: scenario.emotions)
      && SessionReview(transcript).agreedNextStep(now: engine.emotion(of: state).intensity)
  }

  /// Whether `state` is the resolved state or has a transition straight into it.
  static func isOneStepFromAgreement(_ state: String, in model: EmotionModel) -> Bool {
    let resolved = Set(model.states.filter { $0.ending == .opgelost }.map(\.id))
    return resolved.contains(state)
      || model.transitions.contains { resolved.contains($0.to) && $0.applies(in: state) }
  }
}

extension SessionReview {
  /// Whether a reply of the conversation proposed a concrete next step (`vervolgafspraak`, without a rude
  /// blockade) that the parent took well (she did not get heftiger on it) and she has not got heftiger since;
  /// `now` is her intensity at this moment.
  ///
  /// A proposal she accepted counts too (her line answered it as a proposal, calm enough to accept it), also when
  /// the analyser did not mark it as a next step ("Mijn voorstel is dat zijn telefoon in het bakje gaat.").
  public func agreedNextStep(now: Int) -> Bool {
    acceptedProposal(now: now)
      || replies.contains { reply in
        guard reply.markers.contains(.vervolgafspraak),
          !reply.markers.contains(where: EndingRubric.rudeMarkers.contains)
        else { return false }
        let before = reply.parentBefore?.emotion.intensity ?? reply.turn.emotion.intensity
        let after = reply.turn.emotion.intensity
        return after <= before && now <= after
      }
  }

  /// Whether she accepted a proposal of a reply of the conversation (not a rude one) and has not got heftiger since.
  func acceptedProposal(now: Int) -> Bool {
    let counted = replies.count
    var number = 0
    var lastReply: TranscriptTurn?
    for turn in transcript.turns where turn.counts {
      switch turn.speaker {
      case .docent:
        number += 1
        lastReply = turn
      case .ouder:
        guard number >= 1, number <= counted, turn.reason == .proposal,
          turn.emotion.intensity <= ProposalReaction.acceptsUpTo, now <= turn.emotion.intensity,
          let reply = lastReply, !(reply.markers ?? []).contains(where: EndingRubric.rudeMarkers.contains)
        else { continue }
        return true
      case .leerling:
        break
      }
    }
    return false
  }
}
