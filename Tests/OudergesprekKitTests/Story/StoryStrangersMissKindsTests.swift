import Foundation
import Testing

@testable import OudergesprekKit

/// The kinds of miss found in scripts written by strangers from the briefings only: small talk that names a
/// setting, a welcome, a setting in another person's clause, a focused question without a topic, an answer that
/// picks up her question, and a person by role named before anyone did.
@Suite("Soorten missers uit scripts van buitenstaanders")
struct StoryStrangersMissKindsTests {
  func choices(_ id: String, _ replies: [String], seed: UInt64 = 2) throws -> [LineChoice?] {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    let (_, steps) = ScenarioPlaythroughTests.play(replies, in: scenario, seed: seed)
    return steps.map { events in
      events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
    }
  }

  func matcher(_ id: String) throws -> TopicMatcher {
    let (scenario, _) = try StoryPlaythroughTests.scenario(id)
    return try #require(ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()).topicMatcher)
  }

  @Test(
    "kletsen met een plaats, een dag of 'thuis' erin krijgt geen regel van het verhaal",
    arguments: [
      "Gaat u in de kerstvakantie nog weg, of blijft u lekker thuis?",
      "Was het druk op de weg? Bij de rotonde bij de school staat het altijd vast.",
      "Kijkt u weleens naar dat nieuwe kookprogramma op zaterdagavond?",
      "Volgt u een beetje sport? Het Nederlands elftal speelde gisteren best aardig.",
    ])
  func smallTalkWithASetting(question: String) throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      // A story that made the everyday subject one of its topics ("kerstvakantie", his football) decides.
      let (_, story) = try StoryPlaythroughTests.scenario(id)
      let everyday = Set(DutchStoryWords.everydayWords + DutchStoryWords.unrelatedSubjects)
      let claimed =
        try !matcher(id).specificTopics(in: question).isEmpty
        && story.topics.flatMap(\.words).contains { everyday.contains($0.lowercased()) }
      if claimed { continue }
      let reason = try choices(id, ["Goedemiddag.", question]).last??.reason
      #expect(reason == .sidetrack || reason == .reaction, "\(id): \(question) -> \(String(describing: reason))")
    }
  }

  @Test("een begroeting met het doel van het gesprek krijgt een begroeting terug, geen onderwerp")
  func welcome() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let choice = try choices(id, ["Goedemiddag. Fijn dat u er bent. Dit gesprek hebben we met alle ouders."]).last
      #expect(choice??.reason == .smallTalk, "\(id): \(String(describing: choice))")
    }
  }

  @Test("een vraag naar haar verhaal is geen zijpad, ook met een woord dat het verhaal niet kent")
  func storyQuestionIsOnCase() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let reason = try choices(
        id, ["Goedenavond, fijn dat u zich heeft ingeschreven. We hebben tien minuten; waar wilt u het over hebben?"]
      ).last??.reason
      #expect(reason != .sidetrack, "\(id)")
    }
  }

  @Test("'thuis' in een zin over een ander is niet haar onderwerp thuis")
  func settingOfAnotherPerson() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let matcher = try matcher(id)
      let own = matcher.topics(in: "Hoe gaat het thuis?")
      let other = matcher.topics(in: "Ik maak me zorgen, want Pieter blijft steeds vaker thuis.")
      #expect(Set(other).isDisjoint(with: own), "\(id): \(other)")
    }
    #expect(try matcher("pesten-vader-van-pester").topics(in: "Hoe gaat het thuis met Thomas?").contains("thuis"))
  }

  @Test("een gerichte vraag waar geen onderwerp bij past, krijgt een eerlijk kort antwoord")
  func focusedQuestionWithoutTopic() throws {
    let question = "Wat heeft hij van jou nodig om hier verantwoordelijkheid voor te nemen?"
    for id in StoryNoRepeatAcrossPoolsTests.ids where try matcher(id).topics(in: question).isEmpty {
      let (scenario, _) = try StoryPlaythroughTests.scenario(id)
      let (_, steps) = ScenarioPlaythroughTests.play(["Goedemiddag.", question], in: scenario, seed: 2)
      let events = try #require(steps.last)
      // Asked with "jou" and at the table, the student answers: honestly, not with a line of a topic.
      if let student = events.compactMap({ if case .studentSpeaks(let line) = $0 { line } else { nil } }).first {
        #expect(StudentDefaults.unsure.contains(student), "\(id): \(student)")
        continue
      }
      let choice = events.compactMap { if case .lineChosen(let choice) = $0 { choice } else { nil } }.last
      #expect(
        [.unclear, .sidetrack, .reaction, .feeling].contains(choice?.reason), "\(id): \(String(describing: choice))")
    }
  }

  @Test("'Je vraagt of ...' beantwoordt haar vraag, ook als er iets tussen zat")
  func picksUpHerQuestion() throws {
    #expect(DutchStoryWords.picksUpHerQuestion("je vraagt of thomas nu de schuld krijgt nee"))
    #expect(!DutchStoryWords.picksUpHerQuestion("u vraagt misschien of het erg is"))
    let replies = [
      "Hoi Peter, goed dat je tijd hebt vrijgemaakt.",
      "Aan de telefoon zei je al dat Thomas niet pest. Wat heeft hij je er thuis zelf over verteld?",
      "Ik merk dat je schrikt, en dat je voor je zoon wilt opkomen. Dat begrijp ik.",
      "Ik maak me zorgen, want Milan blijft steeds vaker thuis.",
      "Je vraagt of Thomas nu de schuld krijgt: nee, ik spreek ook de andere jongens.",
    ]
    for seed: UInt64 in 1...3 {
      let choices = try choices("pesten-vader-van-pester", replies, seed: seed)
      #expect(choices[3]?.about != "thuis", "seed \(seed): \(choices)")
      // Only when she asked her question before the last reply can that reply answer it.
      guard choices.dropLast().contains(where: { $0?.reason == .question || $0?.about == "gehoord" }) else { continue }
      #expect(choices.last??.reason == .answer, "seed \(seed): \(choices)")
    }
  }

  @Test("een persoon die pas met een schoolpunt ter sprake komt, in een regel zonder na: waarschuwing")
  func roleBeforeItsPoint() throws {
    let path = ScenarioLibraryTests.directory + "/pesten-moeder-van-gepeste-zoon.json"
    let source = try String(contentsOfFile: path, encoding: .utf8)
    let line = "\"Hij vertrouwt de gymleraar wel, geloof ik. Die noemt hij vaak.\""
    let waiting = "{ \"tekst\": \(line), \"na\": [\"gymles\"] }"
    try #require(source.contains(waiting))
    let clean = ScenarioLoader.load(bytes: Array(source.utf8), path: "schoon.json")
    #expect(!clean.diagnostics.contains { $0.message.contains("gymleraar") })
    let broken = ScenarioLoader.load(
      bytes: Array(source.replacingOccurrences(of: waiting, with: line).utf8), path: "kapot.json")
    let warned = broken.diagnostics.filter { $0.severity == .waarschuwing && $0.message.contains("gymleraar") }
    #expect(warned.count == 1)
    #expect(warned.first?.message.contains("gymles") == true)
  }

  @Test("een weerspiegeling van wat ze voelt wordt niet gecorrigeerd; alleen 'u zegt dat' van wat ze niet zei")
  func reflectionIsNotCorrected() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids {
      let (scenario, story) = try StoryPlaythroughTests.scenario(id)
      let correct = story.correctLines.isEmpty ? story.inVoice(StoryDefaults.correct) : story.correctLines
      let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
      let (start, _) = engine.start(seed: 2)
      // A reflection on a topic she did not tell yet.
      guard let topic = story.topics.first(where: { !start.story.told.contains($0.id) }),
        let word = topic.words.first(where: { !$0.contains(" ") })
      else { continue }
      let reply = "Als ik u goed begrijp, maakt u zich zorgen over \(word)."
      let (_, events) = engine.respond(
        to: ReplyAnalysis(text: reply, markers: [.parafrase], iMessageParts: []), in: start)
      let line = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }.last ?? ""
      #expect(!correct.contains(line), "\(id): \(reply) -> \(line)")
    }
  }

  @Test("een slotvraag naar haar verhaal telt, niet een onderwerp uit de zin ervoor; een vraag die terugwijst wel")
  func closingStoryQuestion() throws {
    let matcher = try matcher("boze-vader-schorsing")
    #expect(
      StoryReading.endsWithStoryQuestion(
        "Ik heb gehoord dat u gisteren erg boos belde. Vertelt u eerst maar wat er bij u speelt.", matcher: matcher))
    #expect(
      !StoryReading.endsWithStoryQuestion(
        "Ik las dat het in groep 8 een periode niet goed ging. Wat is er toen gebeurd?", matcher: matcher))
  }

  @Test("hoe was het voor u krijgt hoe ze zich voelt, geen regel van een ander onderwerp")
  func herFeeling() throws {
    for id in StoryNoRepeatAcrossPoolsTests.ids where try matcher(id).specificTopics(in: "Hoe was dat voor u?").isEmpty
    {
      let choice = try choices(id, ["Goedemiddag.", "Hoe was dat voor u?"]).last
      #expect(choice??.reason != .topic, "\(id): \(String(describing: choice))")
    }
  }
}
