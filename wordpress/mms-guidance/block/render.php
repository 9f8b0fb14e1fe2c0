<?php
/**
 * The block on the page; WordPress gives $attributes. The wrapper adds the block's class.
 *
 * @package MmsGuidance
 */

defined( 'ABSPATH' ) || exit;

echo mms_guidance_render( mms_guidance_clean_options( $attributes ), get_block_wrapper_attributes() ); // Escaped in mms_guidance_render().
