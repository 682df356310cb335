import Foundation
import OudergesprekKit
import Testing

@Suite("Samen oefenen: beurten, voorstellen en beoordeling")
struct TogetherSessionTests {
  @Test("de beurten wisselen: eerst de ouder, dan de docent, dan weer de ouder")
  func turnsAlternate() {
    var session = TogetherFixtures.session()
    guard case .parent = session.turn else {
      Issue.record("de ouder begint niet: \(session.turn)")
      return
    }
    _ = session.handle("")
    #expect(session.turn == .teacher)
    _ = session.handle("Hoe ziet u dat?")
    guard case .parent = session.turn else {
      Issue.record("na de docent is de ouder niet aan de beurt: \(session.turn)")
      return
    }
    #expect(session.transcript.turns.map(\.speaker) == [.ouder, .docent])
  }

  @Test("de prompt zegt wie aan de beurt is")
  func promptNamesTheSpeaker() {
    var session = TogetherFixtures.session()
    #expect(session.prompt == "ouder (collega)> ")
    _ = session.handle("")
    #expect(session.prompt == "docent> ")
  }

  @Test("Enter gebruikt de voorgestelde zin; een getypte zin komt van de collega")
  func suggestedAndTypedLines() throws {
    var session = TogetherFixtures.session()
    guard case .parent(let suggestion, _) = session.turn else {
      Issue.record("de ouder begint niet")
      return
    }
    let shown = session.opening().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(shown.contains(suggestion.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
    _ = session.handle("")
    _ = session.handle("Hoe ziet u dat?")
    _ = session.handle("Ik vind dit allemaal erg lastig.")
    let parentTurns = session.transcript.turns.filter { $0.speaker == .ouder }
    #expect(parentTurns.map(\.text) == [suggestion, "Ik vind dit allemaal erg lastig."])
    #expect(parentTurns.map(\.source) == [.voorgesteld, .collega])
    #expect(session.transcript.turns.first { $0.speaker == .docent }?.source == nil)
  }

  @Test("slecht nieuws waar school om vroeg: ook samen opent de docent, de ouder reageert daarna")
  func teacherOpensBadNews() throws {
    let scenario = try ScenarioPlaythroughTests.scenario("zittenblijven-rapportgesprek")
    #expect(scenario.teacherOpens)
    var session = TogetherFixtures.session(scenario)
    #expect(session.turn == .teacher)
    _ = session.handle("Goedemiddag. Ik heb slecht nieuws: de vergadering heeft besloten dat Finn blijft zitten.")
    #expect(session.turn != .teacher, "na de opening is de ouder of de leerling aan de beurt")
    #expect(session.transcript.turns.first?.speaker == .docent)
    // A parent-initiated conversation still opens with the parent.
    #expect(TogetherFixtures.session().turn != .teacher)
  }

  @Test("na een antwoord hoort de collega welke stemming nu past en waarom")
  func adviceAfterReply() {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    let text = session.handle("Ik hoor dat u zich zorgen maakt.")
    #expect(text.contains("De docent benoemde je gevoel (gevoelsreflectie)"))
    #expect(text.contains("rustiger"))
    guard case .parent(let suggestion, let emotion) = session.turn else {
      Issue.record("de ouder is niet aan de beurt")
      return
    }
    #expect(emotion.intensity < 6)
    #expect(text.contains("Speel nu: \(emotion.name)"))
    // The suggestion may be wrapped over two lines on screen.
    let flowing = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flowing.contains(suggestion.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
  }

  @Test("spreekt de docent de leerling aan, dan antwoordt de leerling en niet de ouder; daarna de docent")
  func studentSpeaksWhenAddressed() throws {
    var session = TogetherFixtures.session(try TogetherFixtures.withStudent(), student: .derde)
    _ = session.handle("")
    _ = session.handle("Daan, hoe zie jij dat?")
    guard case .student(let suggestion) = session.turn else {
      Issue.record("de leerling is niet aan de beurt: \(session.turn)")
      return
    }
    #expect(session.prompt == "leerling (derde speler)> ")
    _ = session.handle("")
    guard case .teacher = session.turn else {
      Issue.record("na de leerling is de docent niet aan de beurt: \(session.turn)")
      return
    }
    let student = session.transcript.turns.last
    #expect(student?.speaker == .leerling)
    #expect(student?.text == suggestion)
    #expect(student?.source == .voorgesteld)
    #expect(session.transcript.roles == SessionRoles(docent: .docent, ouder: .collega, leerling: .derde))
  }

  @Test("zonder leerling aan tafel is er geen leerlingbeurt en geen leerlingrol")
  func noStudentWhenAbsent() {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    _ = session.handle("Hoe ziet u dat?")
    #expect(session.transcript.roles?.leerling == nil)
    #expect(!session.transcript.turns.contains { $0.speaker == .leerling })
  }

  @Test("/stop van de docent begint de afronding; de collega speelt de reactie van de ouder")
  func closingWithColleague() throws {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    _ = session.handle("Hoe ziet u dat?")
    _ = session.handle("")
    _ = session.handle("/stop")
    #expect(session.turn == .closing)
    #expect(session.prompt == "docent (afsluiting)> ")
    _ = session.handle("Zullen we volgende week evalueren?")
    #expect(session.turn == .closing)
    let reaction = session.handle("")
    guard case .parent(let suggestion, _) = session.turn else {
      Issue.record("de collega speelt de reactie van de ouder niet: \(session.turn)")
      return
    }
    #expect(reaction.contains(suggestion))
    #expect(reaction.contains("» Collega: De ouder"))
    #expect(session.transcript.ending == nil)
    // Play whatever the parent says (a protest first, perhaps) until the scoring starts.
    for _ in 0..<4 where session.turn != .score(.ikBoodschappen) { _ = session.handle("") }
    #expect(session.turn == .score(.ikBoodschappen))
    let ending = try #require(session.transcript.ending)
    #expect(ending.reaction != nil)
    #expect(session.transcript.outcome != nil)
    #expect(session.transcript.turns.last?.speaker == .ouder)
  }

  @Test("is de tijd om, dan begint na de zin van de ouder vanzelf de afronding")
  func timeUpStartsClosing() {
    var session = TogetherFixtures.session()
    var last = ""
    for _ in 0..<session.scenario.turnBudget {
      _ = session.handle("")
      _ = session.handle("Tja.")
    }
    last = session.handle("")
    #expect(session.turn == .closing)
    #expect(last.contains("De tijd is om."))
    #expect(session.ending?.kind == .opTijd)
  }

  @Test("na het gesprek geeft de collega vier cijfers en een opmerking; een ongeldig cijfer wordt opnieuw gevraagd")
  func colleagueScores() throws {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    _ = session.handle("U moet strenger zijn.")
    _ = session.handle("/stop")  // the colleague ends the exercise at once, without a closing
    #expect(session.turn == .score(.ikBoodschappen))
    #expect(session.prompt == "collega, ik-boodschappen (1-5)> ")
    let refused = session.handle("7")
    #expect(refused.contains("geen cijfer van 1 tot en met 5"))
    #expect(session.turn == .score(.ikBoodschappen))
    _ = session.handle("2")
    _ = session.handle("")  // actief luisteren overgeslagen
    _ = session.handle("1")
    _ = session.handle("4")
    _ = session.handle("3")
    #expect(session.turn == .comment)
    let comparison = session.handle("Let op je toon.")
    #expect(session.isFinished)
    let review = try #require(session.transcript.review)
    #expect(review.rows.map(\.colleague) == [2, nil, 1, 4, 3])
    #expect(review.comment == "Let op je toon.")
    #expect(review.rows.allSatisfy { $0.analyserExplanation != nil })
    #expect(comparison.contains("Let op je toon."))
    #expect(session.transcript.outcome == .gestopt)
    #expect(session.transcript.ending == nil)
    #expect(session.transcript.mode == "samen")
  }

  @Test("/opnieuw neemt het laatste antwoord terug: de ouder is weer zoals ervoor en de docent is aan de beurt")
  func takeBack() {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    let before = session.state
    _ = session.handle("U moet strenger zijn.")
    _ = session.handle("Ik doe mijn best!")
    let text = session.handle("/opnieuw")
    #expect(session.turn == .teacher)
    #expect(session.state == before)
    #expect(text.contains("teruggenomen"))
    #expect(session.transcript.turns.map(\.counts) == [true, false, false])
    _ = session.handle("Ik hoor dat u zich zorgen maakt.")
    #expect(
      session.transcript.turns.filter { $0.speaker == .docent && $0.counts }.map(\.text) == [
        "Ik hoor dat u zich zorgen maakt."
      ])
  }

  @Test("einde van de invoer midden in het gesprek: gestopt, alles bewaard, de analyser toch getoond")
  func endOfInputKeepsEverything() throws {
    var session = TogetherFixtures.session()
    _ = session.handle("")
    _ = session.handle("Hoe ziet u dat?")
    let text = session.interrupt(because: .endOfInput)
    #expect(session.isFinished)
    #expect(session.transcript.outcome == .gestopt)
    #expect(session.transcript.turns.count == 2)
    let review = try #require(session.transcript.review)
    #expect(review.rows.allSatisfy { $0.colleague == nil && $0.analyserExplanation != nil })
    #expect(review.rows.first?.analyser != nil)
    #expect(text.contains("analyser"))
  }

  @Test("dezelfde seed en dezelfde regels geven precies dezelfde sessie")
  func replayable() {
    let lines = [
      "", "Hoe ziet u dat?", "", "U moet strenger zijn.", "Wat nu?", "/stop", "Zullen we volgende week evalueren?", "",
      "", "", "", "3", "3", "3", "3", "3", "",
    ]
    func play() -> (String, Transcript) {
      var session = TogetherFixtures.session(seed: 9)
      let text = lines.map { session.handle($0) }.joined(separator: "\n")
      return (text, session.transcript)
    }
    let (first, firstTranscript) = play()
    let (second, secondTranscript) = play()
    #expect(first == second)
    #expect(firstTranscript == secondTranscript)
  }
}
