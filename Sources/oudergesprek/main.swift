import Foundation

Terminal.prepare()
InterruptHandler().installDefault()
let code = Oudergesprek.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
Terminal.flush()
exit(code.rawValue)
