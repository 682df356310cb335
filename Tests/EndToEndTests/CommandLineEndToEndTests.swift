import Foundation
import Testing

@Suite("De opdrachtregel")
struct CommandLineEndToEndTests {
  @Test("--help en --version werken en zijn Nederlands")
  func helpAndVersion() throws {
    let help = try Executable.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("Gebruik:"))
    #expect(help.stdout.contains("controleer"))
    let version = try Executable.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("oudergesprek "))
  }

  @Test(
    "onbekende opties en commando's zijn fouten met afsluitcode 64",
    arguments: [
      (["oefen", "--zaad", "1"], "onbekende optie '--zaad'"),
      (["oefenen"], "onbekend commando 'oefenen'; bedoelt u 'oefen'?"),
      (["oefen", "--seed", "abc"], "--seed 'abc' is geen geheel getal"),
      (["oefen", "--seed"], "optie --seed mist een waarde"),
      (["scenarios", "--rol", "directeur"], "--rol 'directeur' bestaat niet"),
      (["oefen", "bestaat-niet"], "onbekend scenario 'bestaat-niet'"),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try Executable.run(arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("een gebruiksfout stopt meteen met afsluitcode 64, ook als er nog veel getypte invoer aankomt")
  func usageErrorWithPendingInput() throws {
    let typed = String(repeating: "Ik hoor dat u boos bent.\n", count: 40_000)
    let result = try Executable.run(["oefen", "--zaad", "1"], input: typed)
    #expect(result.status == 64)
    #expect(result.stderr.contains("onbekende optie '--zaad'"))
  }

  @Test("controleer: de scenario's van het project zijn in orde")
  func checkProjectScenarios() throws {
    let result = try Executable.run(["controleer"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("0 fouten, 0 waarschuwingen"))
  }

  @Test("controleer: kapotte bestanden geven per probleem een regel pad:regel: fout en afsluitcode 1")
  func checkBrokenFixtures() throws {
    let folder = Executable.packageRoot.appendingPathComponent("Tests/OudergesprekKitTests/Fixtures/kapot").path
    let result = try Executable.run(["controleer", folder])
    #expect(result.status == 1)
    let problems = result.stdout.split(separator: "\n").filter {
      $0.contains(": fout: ") || $0.contains(": waarschuwing: ")
    }
    #expect(problems.count >= 16)
    #expect(result.stdout.contains("kapot/komma-mist.json:7: fout: JSON-fout"))
    #expect(result.stdout.contains("kapot/onbekende-toestand.json:32: fout:"))
  }

  @Test("scenarios toont id, titel, soort, rol en niveau")
  func listScenarios() throws {
    let result = try Executable.run(["scenarios"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("bezorgde-moeder-cijfers"))
    #expect(result.stdout.contains("mentor"))
    let filtered = try Executable.run(["scenarios", "--rol", "mentor"])
    #expect(!filtered.stdout.contains(" vakdocent "))
  }

  @Test("werkt vanuit elke map: dan komen de scenario's uit de checkout")
  func anyWorkingDirectory() throws {
    let result = try Executable.run(
      ["oefen", "--seed", "2"], input: "Ik hoor dat u zich zorgen maakt.\n/stop\n",
      workingDirectory: URL(fileURLWithPath: "/"))
    #expect(result.status == 0)
    #expect(result.stdout.contains("Oefengesprek:"))
  }

  @Test("einde van de invoer midden in het gesprek: nette melding, afsluitcode 2, transcript bewaard")
  func endOfInput() throws {
    let home = Executable.temporaryDirectory()
    let result = try Executable.run(["oefen", "--seed", "5"], input: "Kunt u daar meer over vertellen?\n", home: home)
    #expect(result.status == 2)
    #expect(result.stdout.contains("Einde van de invoer"))
    #expect(result.stderr.contains("Het gesprek is bewaard in: \(home.path)/sessies/"))
    let transcript = try String(contentsOf: SessionFolder(home: home).onlyTranscriptFile(), encoding: .utf8)
    #expect(transcript.contains("Kunt u daar meer over vertellen?"))
  }

  @Test("Ctrl-C: het gesprek stopt netjes met code 130 en wat getypt is, staat in het transcript")
  func interrupt() throws {
    let home = Executable.temporaryDirectory()
    let process = Process()
    process.executableURL = Executable.url
    process.arguments = ["oefen", "--seed", "1"]
    process.environment = ["OUDERGESPREK_HOME": home.path, "TERM": "dumb", "HOME": home.path]
    process.currentDirectoryURL = Executable.packageRoot
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let reader = ReadAll(output.fileHandleForReading)
    input.fileHandleForWriting.writeToProgram(Data("Ik hoor dat u boos bent.\n".utf8))
    let folder = home.appendingPathComponent("sessies").path
    var saved = false
    for _ in 0..<100 where !saved {
      Thread.sleep(forTimeInterval: 0.05)
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      saved = files.contains { name in
        (try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8))?.contains("Ik hoor dat u boos bent.")
          ?? false
      }
    }
    process.interrupt()
    process.waitUntilExit()
    let text = String(decoding: reader.wait(), as: UTF8.self)
    #expect(process.terminationStatus == 130)
    #expect(text.contains("Onderbroken (Ctrl-C)"))
    let transcript = try String(contentsOf: SessionFolder(home: home).onlyTranscriptFile(), encoding: .utf8)
    #expect(transcript.contains("Ik hoor dat u boos bent."))
    #expect(transcript.contains("\"outcome\" : \"gestopt\""))
  }
}
