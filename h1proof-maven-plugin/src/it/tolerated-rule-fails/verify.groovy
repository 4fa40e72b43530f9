// The build failed (invoker.buildResult = failure) on the gate, naming the broken rule.
def log = new File(basedir, 'build.log').text
def rule = 'RFC9112-5.1-whitespace-before-colon'
assert log.contains('h1proof: gate failed (fail on MUST and above): 6 failure(s)')
assert log =~ /\[ERROR\] Failed to execute goal dev\.h1proof:h1proof-maven-plugin:[^:]+:check/
assert log.contains(rule + ' [MUST] a space between field name and colon is rejected with 400: observed status 200')
assert log.contains('h1proof: 38 passed, 6 failed')
assert log.contains('h1proof: stopped the server on port')
// The reports were written before the build failed.
def xml = new File(basedir, 'target/surefire-reports/TEST-h1proof.xml').text
assert xml.contains(rule)
assert xml.contains('<failure')
assert new File(basedir, 'target/h1proof/report.json').text.contains('"' + rule + '"')
assert new File(basedir, 'target/h1proof/report.html').isFile()
assert new File(basedir, 'target/h1proof/summary.md').isFile()
// The forked server was told to break that rule.
assert new File(basedir, 'target/h1proof/server.log').text.contains('deliberately breaking the rule(s) ' + rule)
return true
