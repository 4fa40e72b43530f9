package dev.h1proof.driver;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The parser driver: every scenario of the top-level {@code features/} folder, run by the cucumber
 * engine against the h1proof parser in-process (through the reference server's connection engine,
 * without sockets). Every scenario must PASS in strict mode, and give the same observation when its
 * bytes arrive one at a time.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.h1proof.driver")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
// Intermediary scenarios need a proxy between two sockets: ProxyCalibrationTest runs them.
@ExcludeTags("intermediary")
public class ParserDriverTest {}
