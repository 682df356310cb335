extension StoryReading {
  /// The reply read as going on with the side track just before it ("Dat klinkt heerlijk" after a question about
  /// the holidays): about none of her topics and asking nothing of the case.
  mutating func continueSideTrack() {
    sideTrack = true
    topics = []
    askedTopics = []
    asksKindWithoutTopic = false
    asksForStory = false
    asksUnmatched = false
  }

  /// The same for a reply whose listening, plans and feelings are about the side track too ("Wat vindt u ervan?"):
  /// no paraphrase, acknowledgement, proposal or next step of the case; the analyser's markers stay as they are.
  mutating func continueSideTrackWholly() {
    continueSideTrack()
    listensOffCase = true
    proposes = false
    explainsNextStep = false
    paraphrases = false
    acknowledges = false
    checkedFeeling = nil
    asksHerFeeling = false
  }
}
