/// The parent's story on the role card: what the colleague tells about each topic, and when.
extension RoleCard {
  /// One paragraph per topic, key fact, school's point and question, in the order the engine uses them.
  var storyGuidance: [String] {
    guard let story = scenario.story else { return [] }
    let safe = { (text: String) in TerminalText.neutralize(text) }
    var sentences: [String] = [
      "Je antwoordt op wat de docent vraagt. Vraagt de docent naar iets, dan vertel je daarover; hoeveel, hangt af "
        + "van je stemming: rustig genoeg, dan open; gespannener, dan ontwijkend."
    ]
    for topic in story.topics {
      var text =
        "Over \(safe(topic.name)) (de docent noemt bijvoorbeeld: \(topic.words.prefix(3).map(safe).joined(separator: ", "))): "
      text +=
        "bij \(topic.openUpToIntensity)/10 of rustiger vertel je open, zoals \"\(safe(topic.openLines.first ?? ""))\""
      if let guarded = topic.guardedLines.first { text += "; daarboven houd je het af: \"\(safe(guarded))\"" }
      sentences.append(text)
    }
    for fact in story.keyFacts {
      let topic = story.topic(fact.topic).map { safe($0.name) } ?? fact.topic
      var text =
        "Pas als de docent goed doorvraagt over \(topic) (een open vraag of een parafrase) en je "
        + "\(fact.openUpToIntensity)/10 of rustiger bent"
      let after = fact.after.compactMap { story.keyFact($0).map { ReportFormat.quote($0.fact) } }
      if !after.isEmpty { text += ", en nadat de docent al weet: \(after.joined(separator: " en "))" }
      text += ", vertel je: \(safe(fact.fact)) Bijvoorbeeld: \"\(safe(fact.revealLines.first ?? ""))\""
      sentences.append(text)
    }
    for point in story.schoolPoints {
      var text = "Als de docent aankaart wat school ziet (\(ReportFormat.quote(point.point))), reageer je: "
      text += "\"\(safe(point.reaction.first ?? ""))\""
      if let i = point.reactionToIMessage.first { text += " Met een ik-boodschap gebracht: \"\(safe(i))\"" }
      if let you = point.reactionToYouMessage.first { text += " Als verwijt gebracht: \"\(safe(you))\"" }
      sentences.append(text)
    }
    for question in story.questions {
      sentences.append(
        "Je vraagt zelf, als het past: \"\(safe(question.question))\" Gaat de docent erop in, dan is het goed; zo niet, "
          + "vraag het opnieuw (\"\(safe(question.askAgain))\"), en blijft het uit, dan word je gespannener.")
    }
    sentences.append(
      "Je bent pas klaar voor afspraken als de docent dit allemaal weet en wat school ziet heeft verteld; "
        + "alleen begrip tonen is niet genoeg.")
    return sentences
  }

  /// How to play the student at the table, for the colleague (or the third player) who does.
  var studentGuidance: [String] {
    guard let student = scenario.student, student.present else { return [] }
    let name = TerminalText.neutralize(student.name)
    return [
      "Speel \(name) zoals een leerling van \(TerminalText.neutralize(student.group)) praat: kort, soms met een "
        + "schouderophalen, en alleen als de docent \(name) zelf aanspreekt.",
      "\(name) vertelt wat er op school gebeurde; over thuis zegt \(name) pas iets als het veilig voelt, en "
        + "\(name) spreekt de ouder niet tegen waar die bij is, tenzij de docent \(name) de ruimte geeft.",
    ]
  }
}
