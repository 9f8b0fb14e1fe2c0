<?php
// The editor script's WordPress dependencies; plain JavaScript, no build. The release writes the version.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => '1.0.0',
);
